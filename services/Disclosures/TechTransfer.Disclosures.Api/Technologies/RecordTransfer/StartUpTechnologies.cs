using Marten;
using TechTransfer.BuildingBlocks.Messaging;

namespace TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

/// <summary>Which technologies a start-up was founded on, as Incubation told us: lets later start-up news find its technologies.</summary>
public sealed record StartUpTechnologies(Guid Id, string Name, IReadOnlyList<Guid> TechnologyIds)
{
    /// <summary>
    /// The start-up news from another service is about: the technologies the message names itself, or else (a message
    /// that leaves them out) those Incubation told us at the founding. A start-up is Incubation's: news about one not heard of yet waits for its founding
    /// (<see cref="NotHeardOf.Yet"/>).
    /// </summary>
    public static async Task<StartUpTechnologies> OfNewsAsync(IQuerySession session, Guid startUpId, string? name, IReadOnlyList<Guid>? technologyIds,
        CancellationToken ct)
    {
        if (technologyIds is { Count: > 0 } && name is not null) return new StartUpTechnologies(startUpId, name, technologyIds);
        var known = await session.LoadAsync<StartUpTechnologies>(startUpId, ct);
        if (technologyIds is { Count: > 0 }) return new StartUpTechnologies(startUpId, known?.Name ?? $"start-up {startUpId}", technologyIds);
        return known ?? throw NotHeardOf.Yet("start-up", startUpId, "its founding (the message names no technologies)");
    }
}
