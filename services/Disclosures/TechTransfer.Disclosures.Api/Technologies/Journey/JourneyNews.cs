using Marten;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.Disclosures.Api.Technologies.Journey;

/// <summary>Puts news from another service on the journey of each technology it names that was disclosed here.</summary>
public static class JourneyNews
{
    /// <summary>
    /// A start-up may also be founded on a firm's own technology, unknown here: those ids are skipped, not refused.
    /// The step carries the source's own time, so the timeline orders it where it happened.
    /// </summary>
    public static async Task ReportStepAsync(this IDocumentSession session, IEnumerable<Guid> technologyIds, JourneyStepReported step, ILogger logger, CancellationToken ct)
    {
        foreach (var technologyId in technologyIds.Distinct())
        {
            // The same news re-sent under a new message id (the inbox only knows message ids) is already there.
            var journey = await session.LoadAsync<Journey>(technologyId, ct);
            if (journey?.Steps.Any(s => s.Step == step.Step && s.Summary == step.Detail && s.At == step.At) == true) continue;
            try
            {
                await session.DecideAsync<Technology>(technologyId, null, _ => [step], "Technology", ct);
            }
            catch (NotFound)
            {
                logger.LogInformation("{Step} ({Reference}) names technology {TechnologyId}, which was not disclosed here", step.Step, step.Reference, technologyId);
            }
        }
    }

    /// <summary>Who did it, as the other service says; older publishers did not say, then the service itself.</summary>
    public static string Actor(string? by, string source) => string.IsNullOrWhiteSpace(by) ? $"{source} service" : by;
}
