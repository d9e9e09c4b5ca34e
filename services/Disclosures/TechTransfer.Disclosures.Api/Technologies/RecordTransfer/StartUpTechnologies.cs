using Marten;

namespace TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

/// <summary>Which technologies a start-up was founded on, as Incubation told us: lets later start-up news find its technologies.</summary>
public sealed record StartUpTechnologies(Guid Id, string Name, IReadOnlyList<Guid> TechnologyIds)
{
    /// <summary>
    /// The start-up news from another service is about: the technologies the message names itself, or else (older
    /// publishers) those Incubation told us. Messages from separate queues arrive in any order (after a restart,
    /// say): news about a start-up we have not heard of yet is retried, then parked in the error queue, never dropped.
    /// </summary>
    public static async Task<StartUpTechnologies> OfNewsAsync(IQuerySession session, Guid startUpId, string? name, IReadOnlyList<Guid>? technologyIds,
        CancellationToken ct)
    {
        if (technologyIds is { Count: > 0 } && name is not null) return new StartUpTechnologies(startUpId, name, technologyIds);
        var known = await session.LoadAsync<StartUpTechnologies>(startUpId, ct);
        if (technologyIds is { Count: > 0 }) return new StartUpTechnologies(startUpId, known?.Name ?? $"start-up {startUpId}", technologyIds);
        return known ?? throw new StartUpNotHeardOfYet(startUpId);
    }
}

/// <summary>Transient: the start-up's founding has not been consumed yet. Retried by the bus, not a broken rule.</summary>
public sealed class StartUpNotHeardOfYet(Guid startUpId)
    : Exception($"Start-up {startUpId} has not been reported founded yet; the message names no technologies, so it waits for the founding.");
