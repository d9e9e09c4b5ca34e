using Marten;

namespace TechTransfer.Disclosures.Api.Technologies.Journey;

/// <summary>Puts news from another service on the journey of each technology it names that was disclosed here.</summary>
public static class JourneyNews
{
    /// <summary>
    /// A start-up may also be founded on a firm's own technology, unknown here: those ids are skipped, not refused.
    /// The step carries the source's business date and recording time, so the timeline orders it where it happened.
    /// A step is the same news when its name and the source's reference match: the wording of its summary may change.
    /// </summary>
    public static async Task ReportStepAsync(this IDocumentSession session, IEnumerable<Guid> technologyIds, JourneyStepReported step, ILogger logger, CancellationToken ct)
    {
        foreach (var technologyId in technologyIds.Distinct())
        {
            // Fetched for writing first (Marten checks this version again at commit), then the journey, which is at least
            // as new: the same news re-sent under a new message id (the inbox only knows message ids) and committed
            // meanwhile by another consumer is either seen here or makes this append conflict, and the consumer
            // decides again. Reading the journey first let two copies both see "not there" and both append.
            var stream = await session.Events.FetchForWriting<Technology>(technologyId, ct);
            if (stream.Aggregate is null)
            {
                logger.LogInformation("{Step} ({Reference}) names technology {TechnologyId}, which was not disclosed here", step.Step, step.Reference, technologyId);
                continue;
            }
            var journey = await session.LoadAsync<Journey>(technologyId, ct);
            if (journey?.Steps.Any(s => s.Step == step.Step && s.Reference == step.Reference) == true) continue;
            stream.AppendOne(step);
        }
    }
}
