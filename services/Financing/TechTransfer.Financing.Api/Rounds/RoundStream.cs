using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.Financing.Api.Rounds;

/// <summary>Load, decide, append, save: the one path every write to a round takes.</summary>
public static class RoundStream
{
    /// <summary>
    /// The building blocks' retrying write (<see cref="RetryingWrites.WriteAsync"/>): without If-Match a write that
    /// lost a race is decided again on fresh state, so the rules always run on what is committed.
    /// </summary>
    public static Task<long> WriteAsync(
        this ISessionFactory sessions, Guid id, long? expectedVersion, Func<Round, IReadOnlyList<object>> decide, CancellationToken ct) =>
        RetryingWrites.WriteAsync(sessions, id, expectedVersion, decide, "Round", ct);
}
