using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Disclosures;

namespace TechTransfer.Licensing.Api.KnownTechnologies;

/// <summary>Records each technology Disclosures announces, once per message.</summary>
public sealed class TechnologyDisclosedConsumer(ISessionFactory sessions, ILogger<TechnologyDisclosedConsumer> logger, TimeProvider clock)
    : IdempotentConsumer<TechnologyDisclosed>(sessions, logger)
{
    protected override Task HandleAsync(TechnologyDisclosed message, IDocumentSession session, ConsumeContext<TechnologyDisclosed> context)
    {
        session.Store(new KnownTechnology(message.TechnologyId, message.Title, message.Facility, message.DisclosedAt, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}
