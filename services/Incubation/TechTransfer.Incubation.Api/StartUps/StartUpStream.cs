using Marten;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>Load, decide, append, save: the one path every write to a start-up takes.</summary>
public static class StartUpStream
{
    /// <summary>
    /// The building blocks' retrying write (<see cref="RetryingWrites.WriteAsync"/>): without If-Match a write that
    /// lost a race is decided again on fresh state, so the rules always run on what is committed.
    /// </summary>
    public static Task<long> WriteAsync(
        this ISessionFactory sessions, Guid id, long? expectedVersion, Func<StartUp, IReadOnlyList<object>> decide, CancellationToken ct) =>
        RetryingWrites.WriteAsync(sessions, id, expectedVersion, decide, "Start-up", ct);
}
