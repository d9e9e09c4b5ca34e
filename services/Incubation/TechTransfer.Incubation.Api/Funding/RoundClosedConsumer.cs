using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Financing;
using TechTransfer.Incubation.Api.StartUps;

namespace TechTransfer.Incubation.Api.Funding;

/// <summary>
/// Financing closed a round for a start-up: the money goes into the start-up's stream (<see cref="FundingReceived"/>), so its
/// funding to date (per currency, public / private / unsplit) is part of its profile and history. Idempotent twice over: the
/// inbox drops a redelivery, and a round already recorded gives no event. A concurrent HTTP write makes the commit fail;
/// the bus retries it on fresh state. A round for a start-up Incubation does not know is logged and dropped.
/// </summary>
public sealed class RoundClosedConsumer(ISessionFactory sessions, ILogger<RoundClosedConsumer> logger, TimeProvider clock)
    : IdempotentConsumer<RoundClosed>(sessions, logger)
{
    protected override async Task HandleAsync(RoundClosed message, IDocumentSession session, ConsumeContext<RoundClosed> context)
    {
        var stream = await session.Events.FetchForWriting<StartUp>(message.StartUpId, context.CancellationToken);
        if (stream.Aggregate is null)
        {
            logger.LogWarning("Round {RoundId} closed for start-up {StartUpId}, which Incubation does not know; ignored", message.RoundId, message.StartUpId);
            return;
        }
        stream.AppendMany(StartUpDecisions.RecordFunding(stream.Aggregate, message, clock.GetUtcNow()));
    }
}
