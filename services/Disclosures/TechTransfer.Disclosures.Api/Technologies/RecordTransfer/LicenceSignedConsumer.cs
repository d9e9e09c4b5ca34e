using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Contracts.Licensing;

namespace TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

/// <summary>A signed licence is a "licence" transfer of its technology.</summary>
public sealed class LicenceSignedConsumer(ISessionFactory sessions, ILogger<LicenceSignedConsumer> logger, TimeProvider clock)
    : IdempotentConsumer<LicenceSigned>(sessions, logger)
{
    protected override Task HandleAsync(LicenceSigned message, IDocumentSession session, ConsumeContext<LicenceSigned> context) =>
        session.DecideAsync<Technology>(message.TechnologyId, technology => RecordTransferDecision.DecideReported(technology,
            new ReportedTransfer(TransferForm.Licence, message.LicenseeName, $"licence {message.LicenceId}", message.SignedOn, Sources.Licensing, message.By, message.SignedAt),
            clock.GetUtcNow(), Guid.CreateVersion7()), missing: id => NotHeardOf.OwnedHere("technology", id), context.CancellationToken);
}
