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
        if (ScoreboardFacts.Countable(e.Data) is not { } fact) return;
        // The facility never changes after disclosure, which an earlier transaction committed.
        var facility = e.Data is TechnologyDisclosed d ? d.Facility : (await operations.LoadAsync<Technology>(e.StreamId, cancellation))?.Facility;
        if (facility is null) return;
        operations.Store(ScoreboardFacts.Of(e.Id, e.StreamId, facility, fact));
    }
}

/// <summary>Pure: which events the scoreboard counts, on which day and so in which year (kept out of the projection, which Marten scans for convention methods).</summary>
public static class ScoreboardFacts
{
    /// <summary>
    /// What an event counts for and on which business day (UTC for a moment such as a phase change); null when it
    /// counts for nothing. The fact counts in that day's calendar year: 31 December in its year, 1 January in the next.
    /// </summary>
    public static (DateOnly On, string Measure, string? Form)? Countable(object data) => data switch
    {
        TechnologyDisclosed d => (d.Received, Measures.Disclosures, null),
        PatentApplicationFiled f => (f.FiledOn, Measures.PatentApplications, null),
        PatentGranted g => (g.GrantedOn, Measures.PatentGrants, null),
        TransferRecorded t => (t.On, Measures.Transfers, t.Form.WireName()),
        PhaseAdvanced { To: Phase.SmeProduct } p => (DateOnly.FromDateTime(p.At.UtcDateTime), Measures.CommercialProducts, null),
        _ => null,
    };

    public static ScoreboardFact Of(Guid eventId, Guid technologyId, string facility, (DateOnly On, string Measure, string? Form) fact) =>
        new(eventId, technologyId, facility, fact.On.Year, fact.Measure, fact.Form, fact.On);
}
