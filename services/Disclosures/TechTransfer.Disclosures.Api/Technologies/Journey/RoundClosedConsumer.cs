using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Financing;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

namespace TechTransfer.Disclosures.Api.Technologies.Journey;

/// <summary>
/// A round closed for a start-up: a journey step on each technology it was founded on. Amounts stay in
/// Financing; the step names the kind of round only. A start-up founded on none of ours is ignored.
/// </summary>
public sealed class RoundClosedConsumer(ISessionFactory sessions, ILogger<RoundClosedConsumer> logger)
    : IdempotentConsumer<RoundClosed>(sessions, logger)
{
    protected override async Task HandleAsync(RoundClosed message, IDocumentSession session, ConsumeContext<RoundClosed> context)
    {
        var startUp = await session.LoadAsync<StartUpTechnologies>(message.StartUpId, context.CancellationToken);
        if (startUp is null)
        {
            logger.LogInformation("Round {RoundId} closed for start-up {StartUpId}, which was not founded on a technology of ours", message.RoundId, message.StartUpId);
            return;
        }
        var step = new JourneyStepReported("financing-round-closed",
            $"A {message.Kind} round of start-up {startUp.Name} closed on {message.ClosedOn:yyyy-MM-dd}",
            Sources.Financing, $"round {message.RoundId}", JourneyNews.Actor(null, Sources.Financing), message.ClosedAt);
        foreach (var technologyId in startUp.TechnologyIds)
            await session.DecideReportedAsync(technologyId, _ => [step], context.CancellationToken);
    }
}
