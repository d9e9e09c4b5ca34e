using Marten;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Disclosures.Api.Technologies.Journey;

/// <summary>Puts news from another service on the journey of each technology it names that was disclosed here.</summary>
public static class JourneyNews
{
    /// <summary>
    /// News about the start-up founded on these technologies. A start-up may also be founded on a firm's own technology, unknown
    /// here: those ids are skipped and logged (<see cref="NotHeardOf"/>). The step carries the source's business date and recording
    /// time, so the timeline orders it where it happened. A step is the same news when its name and the source's reference (the
    /// id of what it reports) match: the wording of its summary may change.
    /// </summary>
    public static async Task ReportStepAsync(this IDocumentSession session, IEnumerable<Guid> technologyIds, JourneyStepReported step, ILogger logger, CancellationToken ct)
    {
        foreach (var technologyId in technologyIds.Distinct())
            await ReportAsync(session, technologyId, step, id =>
            {
                logger.LogSkipped($"{step.Step} ({step.Reference})", "technology", id);
                return null;
            }, ct);
    }

    /// <summary>News about one technology, which only this service creates: one it has no record of is a broken rule (<see cref="NotHeardOf.OwnedHere"/>).</summary>
    public static Task ReportStepAsync(this IDocumentSession session, Guid technologyId, JourneyStepReported step, CancellationToken ct) =>
        ReportAsync(session, technologyId, step, id => NotHeardOf.OwnedHere("technology", id), ct);

    private static Task<StreamWritten> ReportAsync(IDocumentSession session, Guid technologyId, JourneyStepReported step, Func<Guid, Exception?> missing, CancellationToken ct) =>
        // The journey is read after the technology is fetched for writing, so it is at least as new: the same news re-sent under a
        // new message id (the inbox only knows message ids) and committed meanwhile by another consumer is either seen here or makes
        // this append conflict, and the consumer decides again.
        session.DecideAsync<Technology, Journey?>(technologyId,
            (_, reads, token) => reads.Documents.LoadAsync<Journey>(technologyId, token),
            (_, journey) => journey?.Steps.Any(s => s.Step == step.Step && s.Reference == step.Reference) == true ? [] : [step],
            missing, ct);
}
