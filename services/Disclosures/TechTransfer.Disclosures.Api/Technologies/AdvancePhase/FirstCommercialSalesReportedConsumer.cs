using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Contracts.Licensing;

namespace TechTransfer.Disclosures.Api.Technologies.AdvancePhase;

/// <summary>A licensee's first sales: evidence for the SME-product phase when the licensee is an SME.</summary>
public sealed class FirstCommercialSalesReportedConsumer(ISessionFactory sessions, ILogger<FirstCommercialSalesReportedConsumer> logger, TimeProvider clock)
    : IdempotentConsumer<FirstCommercialSalesReported>(sessions, logger)
{
    protected override Task HandleAsync(FirstCommercialSalesReported message, IDocumentSession session, ConsumeContext<FirstCommercialSalesReported> context)
    {
        var evidence = new SmeProductEvidence(
            $"{message.LicenseeName} ({message.LicenseeSizeClass}) reported first commercial sales of {message.Product} on {message.FirstSoldOn:yyyy-MM-dd}",
            Sources.Licensing, $"licence {message.LicenceId}", CompanySizeClass.IsSme(message.LicenseeSizeClass), message.By, message.FirstSoldOn, message.ReportedAt);
        return session.DecideAsync<Technology>(message.TechnologyId,
            technology => SmeProductEvidenceDecision.Decide(technology, evidence, clock.GetUtcNow(), Guid.CreateVersion7()), missing: id => NotHeardOf.OwnedHere("technology", id), context.CancellationToken);
    }
}
