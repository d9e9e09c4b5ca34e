using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Disclosures;

namespace TechTransfer.Incubation.Api.Technologies;

public sealed class TechnologyDisclosedConsumer(ISessionFactory sessions, ILogger<TechnologyDisclosedConsumer> logger)
    : IdempotentConsumer<TechnologyDisclosed>(sessions, logger)
{
    protected override Task HandleAsync(TechnologyDisclosed message, IDocumentSession session, ConsumeContext<TechnologyDisclosed> context)
    {
        session.Store(new TechnologyDisclosure(message.TechnologyId, message.Title, message.Facility, message.DisclosedAt));
        return Task.CompletedTask;
    }
}
