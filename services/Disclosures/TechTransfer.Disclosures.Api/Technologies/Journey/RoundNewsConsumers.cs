using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Financing;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

namespace TechTransfer.Disclosures.Api.Technologies.Journey;

// What Financing says about a round of a start-up founded on our technologies, as a step on each of their journeys.
// Amounts stay in Financing; a step names the kind of round only. Technologies not disclosed here are skipped.

public sealed class RoundClosedConsumer(ISessionFactory sessions, ILogger<RoundClosedConsumer> logger)
    : IdempotentConsumer<RoundClosed>(sessions, logger)
{
    protected override Task HandleAsync(RoundClosed m, IDocumentSession session, ConsumeContext<RoundClosed> context) =>
        session.ReportRoundStepAsync(m.StartUpId, m.StartUpName, m.TechnologyIds, startUp => new JourneyStepReported("financing-round-closed",
            $"{RoundNews.A(m.Kind)} {m.Kind} round of start-up {startUp} closed on {m.ClosedOn:yyyy-MM-dd}",
            Sources.Financing, $"round {m.RoundId}", Actors.Of(m.By, Sources.Financing), m.ClosedAt, m.ClosedOn), logger, context.CancellationToken);
}

public sealed class RoundFailedConsumer(ISessionFactory sessions, ILogger<RoundFailedConsumer> logger)
    : IdempotentConsumer<RoundFailed>(sessions, logger)
{
    protected override Task HandleAsync(RoundFailed m, IDocumentSession session, ConsumeContext<RoundFailed> context) =>
        session.ReportRoundStepAsync(m.StartUpId, m.StartUpName, m.TechnologyIds, startUp => new JourneyStepReported("financing-round-failed",
            $"{RoundNews.A(m.Kind)} {m.Kind} round of start-up {startUp} failed on {DateOnly.FromDateTime(m.FailedAt.UtcDateTime):yyyy-MM-dd}"
            + (string.IsNullOrWhiteSpace(m.Reason) ? "" : $": {m.Reason}"),
            Sources.Financing, $"round {m.RoundId}", Actors.Of(m.By, Sources.Financing), m.FailedAt), logger, context.CancellationToken);
}

internal static class RoundNews
{
    /// <summary>"An equity round", "a grant round".</summary>
    public static string A(string kind) => kind.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(kind[0])) ? "An" : "A";

    public static async Task ReportRoundStepAsync(this IDocumentSession session, Guid startUpId, string? name, IReadOnlyList<Guid>? technologyIds,
        Func<string, JourneyStepReported> step, ILogger logger, CancellationToken ct)
    {
        var startUp = await StartUpTechnologies.OfNewsAsync(session, startUpId, name, technologyIds, ct);
        await session.ReportStepAsync(startUp.TechnologyIds, step(startUp.Name), logger, ct);
    }
}
