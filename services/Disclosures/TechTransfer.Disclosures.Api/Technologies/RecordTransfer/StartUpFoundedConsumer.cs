using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Contracts.Incubation;

namespace TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

/// <summary>A start-up founded on technologies is a "start-up" transfer of each; we remember which, for later start-up news.</summary>
public sealed class StartUpFoundedConsumer(ISessionFactory sessions, ILogger<StartUpFoundedConsumer> logger, TimeProvider clock)
    : IdempotentConsumer<StartUpFounded>(sessions, logger)
{
    protected override async Task HandleAsync(StartUpFounded message, IDocumentSession session, ConsumeContext<StartUpFounded> context)
    {
        session.Store(new StartUpTechnologies(message.StartUpId, message.Name, message.TechnologyIds));
        foreach (var technologyId in message.TechnologyIds.Distinct())
            await session.DecideAsync<Technology>(technologyId, technology => RecordTransferDecision.DecideReported(technology,
                new ReportedTransfer(TransferForm.StartUp, message.Name, $"start-up {message.StartUpId}", message.FoundedOn, Sources.Incubation, message.By, message.FoundedAt),
                clock.GetUtcNow(), Guid.CreateVersion7()), missing: id => NotHeardOf.OwnedHere("technology", id), context.CancellationToken);
    }
}
