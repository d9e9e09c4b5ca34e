using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Contracts.Incubation;

namespace TechTransfer.Disclosures.Api.Technologies.AdvancePhase;

/// <summary>A start-up (an SME by nature) launched a product: evidence for the SME-product phase of each of its technologies.</summary>
public sealed class StartUpProductLaunchedConsumer(ISessionFactory sessions, ILogger<StartUpProductLaunchedConsumer> logger, TimeProvider clock)
    : IdempotentConsumer<StartUpProductLaunched>(sessions, logger)
{
    protected override async Task HandleAsync(StartUpProductLaunched message, IDocumentSession session, ConsumeContext<StartUpProductLaunched> context)
    {
        var evidence = new SmeProductEvidence(
            $"Start-up {message.Name} launched {message.Product} on {message.LaunchedOn:yyyy-MM-dd}",
            Sources.Incubation, $"start-up {message.StartUpId}, product {message.Product}", FromSme: true, message.By, message.LaunchedOn, message.LaunchedAt);
        foreach (var technologyId in message.TechnologyIds.Distinct())
            await session.DecideAsync<Technology>(technologyId,
                technology => SmeProductEvidenceDecision.Decide(technology, evidence, clock.GetUtcNow(), Guid.CreateVersion7()), missing: id => NotHeardOf.OwnedHere("technology", id), context.CancellationToken);
    }
}
