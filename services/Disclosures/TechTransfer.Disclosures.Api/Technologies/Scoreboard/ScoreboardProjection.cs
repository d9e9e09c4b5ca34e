using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>Turns countable events into <see cref="ScoreboardFact"/> rows, in the business date's year.</summary>
public sealed partial class ScoreboardProjection : EventProjection
{
    public override async ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is TechnologyDisclosed d)
        {
            operations.Store(new ScoreboardFact(e.Id, e.StreamId, d.Facility, d.Received.Year, Measures.Disclosures, null, d.Received));
            return;
        }
        (DateOnly On, string Measure, string? Form)? fact = e.Data switch
        {
            PatentApplicationFiled f => (f.FiledOn, Measures.PatentApplications, null),
            PatentGranted g => (g.GrantedOn, Measures.PatentGrants, null),
            TransferRecorded t => (t.On, Measures.Transfers, t.Form.WireName()),
            PhaseAdvanced { To: Phase.SmeProduct } p => (DateOnly.FromDateTime(p.At.UtcDateTime), Measures.CommercialProducts, null),
            _ => null,
        };
        if (fact is null) return;
        // The facility never changes after disclosure, which an earlier transaction committed.
        var technology = await operations.LoadAsync<Technology>(e.StreamId, cancellation);
        if (technology is null) return;
        operations.Store(new ScoreboardFact(e.Id, e.StreamId, technology.Facility, fact.Value.On.Year, fact.Value.Measure, fact.Value.Form, fact.Value.On));
    }
}
