using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Incubation;

namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard.Feeds;

/// <summary>Start-ups created: the founding date and the facilities whose technologies it is founded on.</summary>
public sealed class StartUpFoundedScoreboardFeed(ISessionFactory sessions, ILogger<StartUpFoundedScoreboardFeed> logger, TimeProvider clock)
    : IdempotentConsumer<StartUpFounded>(sessions, logger)
{
    protected override Task HandleAsync(StartUpFounded m, IDocumentSession session, ConsumeContext<StartUpFounded> context) =>
        session.UpdateStartUpAsync(m.StartUpId, m.Name, m.TechnologyIds, clock, s => s with { FoundedOn = m.FoundedOn }, context.CancellationToken);
}

public sealed class StartUpFailedScoreboardFeed(ISessionFactory sessions, ILogger<StartUpFailedScoreboardFeed> logger, TimeProvider clock)
    : IdempotentConsumer<StartUpFailed>(sessions, logger)
{
    protected override Task HandleAsync(StartUpFailed m, IDocumentSession session, ConsumeContext<StartUpFailed> context) =>
        session.UpdateStartUpAsync(m.StartUpId, m.Name, m.TechnologyIds, clock, s => s.Ended(StartUpOutcomes.Failed, m.FailedOn), context.CancellationToken);
}

public sealed class StartUpAcquiredScoreboardFeed(ISessionFactory sessions, ILogger<StartUpAcquiredScoreboardFeed> logger, TimeProvider clock)
    : IdempotentConsumer<StartUpAcquired>(sessions, logger)
{
    protected override Task HandleAsync(StartUpAcquired m, IDocumentSession session, ConsumeContext<StartUpAcquired> context) =>
        session.UpdateStartUpAsync(m.StartUpId, m.Name, m.TechnologyIds, clock, s => s.Ended(StartUpOutcomes.Acquired, m.AcquiredOn), context.CancellationToken);
}

public sealed class StartUpGraduatedScoreboardFeed(ISessionFactory sessions, ILogger<StartUpGraduatedScoreboardFeed> logger, TimeProvider clock)
    : IdempotentConsumer<StartUpGraduated>(sessions, logger)
{
    protected override Task HandleAsync(StartUpGraduated m, IDocumentSession session, ConsumeContext<StartUpGraduated> context) =>
        session.UpdateStartUpAsync(m.StartUpId, m.Name, m.TechnologyIds, clock, s => s.Ended(StartUpOutcomes.Graduated, m.GraduatedOn), context.CancellationToken);
}

/// <summary>Jobs: each head count report, kept per start-up and day.</summary>
public sealed class StartUpJobsReportedScoreboardFeed(ISessionFactory sessions, ILogger<StartUpJobsReportedScoreboardFeed> logger, TimeProvider clock)
    : IdempotentConsumer<StartUpJobsReported>(sessions, logger)
{
    protected override async Task HandleAsync(StartUpJobsReported m, IDocumentSession session, ConsumeContext<StartUpJobsReported> context)
    {
        var facilities = await session.FacilitiesOfAsync(m.TechnologyIds, context.CancellationToken);
        if (facilities.Count == 0) return;
        session.Store(new JobsFact(JobsFact.IdOf(m.StartUpId, m.AsOf), m.StartUpId, facilities, m.AsOf, m.HeadCount, m.ResearchersAndEngineers, clock.GetUtcNow()));
    }
}

public static class StartUpFacts
{
    /// <summary>
    /// Loads (or begins) the start-up's fact and applies one report to it. The document is versioned: two reports
    /// on one start-up committing at once make one of them fail and be decided again on fresh state.
    /// </summary>
    public static async Task UpdateStartUpAsync(
        this IDocumentSession session, Guid startUpId, string name, IReadOnlyList<Guid> technologyIds, TimeProvider clock,
        Func<StartUpFact, StartUpFact> apply, CancellationToken ct)
    {
        var facilities = await session.FacilitiesOfAsync(technologyIds, ct);
        if (facilities.Count == 0) return;
        var held = await session.LoadAsync<StartUpFact>(startUpId, ct);
        var fact = apply(held ?? new StartUpFact { Id = startUpId }) with { Name = name, Facilities = facilities, ReceivedAt = clock.GetUtcNow() };
        // Inserted when new, updated (version-checked) when read: of two reports racing, one is decided again.
        if (held is null) session.Insert(fact);
        else session.Update(fact);
    }

    /// <summary>The latest outcome wins (graduated, then acquired); a report of an earlier date changes nothing.</summary>
    public static StartUpFact Ended(this StartUpFact fact, string outcome, DateOnly on) =>
        fact.OutcomeOn is { } known && known > on ? fact : fact with { Outcome = outcome, OutcomeOn = on };
}
