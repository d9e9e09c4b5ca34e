using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Incubation;

namespace TechTransfer.Financing.Api.StartUps;

/// <summary>Keeps <see cref="KnownStartUp"/> from Incubation's event; a redelivery changes nothing (inbox), a re-send overwrites with the same facts.</summary>
public sealed class StartUpFoundedConsumer(ISessionFactory sessions, ILogger<StartUpFoundedConsumer> logger, TimeProvider clock)
    : IdempotentConsumer<StartUpFounded>(sessions, logger)
{
    protected override Task HandleAsync(StartUpFounded message, IDocumentSession session, ConsumeContext<StartUpFounded> context)
    {
        session.Store(new KnownStartUp(message.StartUpId, message.Name, message.TechnologyIds, message.FoundedOn, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}
