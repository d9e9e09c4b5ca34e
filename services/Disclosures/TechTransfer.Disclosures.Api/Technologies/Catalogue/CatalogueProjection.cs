using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;

namespace TechTransfer.Disclosures.Api.Technologies.Catalogue;

/// <summary>The partner catalogue, inline. Reads public fields of the events only.</summary>
public sealed partial class CatalogueProjection : SingleStreamProjection<CatalogueEntry, Guid>
{
    public override CatalogueEntry? Evolve(CatalogueEntry? snapshot, Guid id, IEvent e) => (snapshot, e.Data) switch
    {
        (_, TechnologyDisclosed d) => new CatalogueEntry
        {
            Id = id, Facility = d.Facility, FacilityKey = d.Facility.ToLowerInvariant(), Field = d.Field ?? "", FieldKey = d.Field?.ToLowerInvariant() ?? "",
        },
        (null, _) => null,
        ({ } s, TechnologyPublishedForMarketing p) => s with
        {
            Marketed = true,
            PublicTitle = p.PublicTitle,
            Summary = p.Summary,
            Applications = p.Applications,
            Keywords = p.Keywords,
            PublishedAt = s.PublishedAt ?? p.At,
        },
        ({ } s, PhaseAdvanced p) => s with { Phase = p.To },
        // An abandoned technology is no longer offered.
        ({ } s, TechnologyAbandoned) => s with { Marketed = false },
        ({ } s, _) => s,
    };
}
