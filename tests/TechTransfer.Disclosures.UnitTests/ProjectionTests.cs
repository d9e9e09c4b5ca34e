using System.Text.Json;
using JasperFx.Events;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.Catalogue;
using TechTransfer.Disclosures.Api.Technologies.Journey;
using TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;

namespace TechTransfer.Disclosures.UnitTests;

/// <summary>The read models' folds, without a database: what each one holds after a whole stream.</summary>
public sealed class ProjectionTests
{
    private static readonly object[] Stream =
    [
        Given.Disclosed, InventorSharesSet.From([Given.Ada, Given.Bob], Given.Now), Given.Assessed(), Given.OwnershipAgreed,
        new TechnologyPublishedForMarketing("Fast quench protection", "Public summary", ["MRI"], ["cryogenics"], "CERN", "Superconducting magnets",
            Phase.FacilityRnD, "staff-1", Given.Now),
        new PhaseAdvanced(Phase.FacilityRnD, Phase.Prototype, "prototype", Sources.Disclosures, "staff-1", Given.Now),
        Given.TransferRecorded(),
    ];

    private static TDoc? Fold<TDoc>(Func<TDoc?, IEvent, TDoc?> evolve, IEnumerable<object> events) where TDoc : class =>
        events.Select((data, i) => (IEvent)new Event<object>(data) { StreamId = Given.TechnologyId, Version = i + 1 })
            .Aggregate((TDoc?)null, evolve);

    [Fact]
    public void The_catalogue_entry_holds_public_fields_only_and_lists_once_marketed()
    {
        var projection = new CatalogueProjection();
        CatalogueEntry? Catalogue(IEnumerable<object> events) => Fold<CatalogueEntry>((s, e) => projection.Evolve(s, Given.TechnologyId, e), events);

        Catalogue(Stream.Take(4))!.Marketed.ShouldBeFalse();
        var entry = Catalogue(Stream)!;
        (entry.Marketed, entry.Phase, entry.PublicTitle, entry.FacilityKey, entry.FieldKey)
            .ShouldBe((true, Phase.Prototype, "Fast quench protection", "cern", "superconducting magnets"));
        var json = JsonSerializer.Serialize(entry);
        foreach (var confidential in new[] { Given.Description, Given.Ada.Name, Given.Ada.Email, Given.Bob.Email, Given.Disclosed.Title })
            json.ShouldNotContain(confidential);

        Catalogue([.. Stream, new TechnologyAbandoned("no market", "staff-1", Given.Now)])!.Marketed.ShouldBeFalse();
    }

    [Fact]
    public void The_journey_has_one_step_per_fact_with_who_when_and_source()
    {
        var projection = new JourneyProjection();
        var journey = Fold<Journey>((s, e) => projection.Evolve(s, Given.TechnologyId, e), Stream)!;

        journey.Steps.Select(s => s.Step).ShouldBe(
            ["disclosed", "assessed", "ip-ownership-agreed", "published-for-marketing", "phase-advanced", "transfer-recorded"]);
        journey.Steps.Select(s => s.Version).ShouldBe([1, 3, 4, 5, 6, 7]);
        journey.Steps[^1].Source.ShouldBe(Sources.Licensing);
        journey.Phase.ShouldBe(Phase.Prototype);
        journey.Steps.ShouldAllBe(s => !s.Summary.Contains(Given.Ada.Name) && !s.Summary.Contains(Given.Description));
    }
}
