using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Disclosures;

namespace TechTransfer.Incubation.Api.Technologies;

public sealed class IpOwnershipAgreedConsumer(ISessionFactory sessions, ILogger<IpOwnershipAgreedConsumer> logger)
    : IdempotentConsumer<IpOwnershipAgreed>(sessions, logger)
{
    protected override Task HandleAsync(IpOwnershipAgreed message, IDocumentSession session, ConsumeContext<IpOwnershipAgreed> context)
    {
        session.Store(new TechnologyIpAgreement(message.TechnologyId, message.AgreementReference, message.AgreedAt));
        return Task.CompletedTask;
    }
}
