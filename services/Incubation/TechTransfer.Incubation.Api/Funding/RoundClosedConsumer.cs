using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Financing;

namespace TechTransfer.Incubation.Api.Funding;

/// <summary>
/// Financing closed a round for a start-up: one <see cref="FundingRound"/> document per round (keyed by the round), so
/// a redelivery or a re-send writes the same row again. Not appended to the start-up's stream on purpose: the consumer
/// then never races the managers writing to that stream (a lost race would cost a retry, and after the last retry the
/// message would sit in the error queue). The profile, dashboard and investors' list add the rows up on reading.
/// </summary>
public sealed class RoundClosedConsumer(ISessionFactory sessions, ILogger<RoundClosedConsumer> logger, TimeProvider clock)
    : IdempotentConsumer<RoundClosed>(sessions, logger)
{
    protected override Task HandleAsync(RoundClosed message, IDocumentSession session, ConsumeContext<RoundClosed> context)
    {
        session.Store(FundingRules.Of(message, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}
