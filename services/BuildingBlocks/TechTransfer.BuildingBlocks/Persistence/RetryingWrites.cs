using Marten;

namespace TechTransfer.BuildingBlocks.Persistence;

public static class RetryingWrites
{
    /// <summary>How often a write without If-Match is retried after losing a race on its stream.</summary>
    public const int Attempts = 30;

    /// <summary>
    /// Load, decide, append, save: fetches the aggregate for writing (Marten checks the fetched version again at
    /// commit), runs the pure decision on the state it read and saves. When another writer committed first, Marten
    /// refuses the commit: a caller who sent If-Match gets 412/409 (it asked for that version); one who did not is
    /// retried on a fresh session and a fresh state, so every rule runs on what is really committed and no update
    /// is lost. Returns the version after the write.
    /// </summary>
    public static async Task<long> WriteAsync<TAggregate>(
        this ISessionFactory sessions, Guid id, long? expectedVersion, Func<TAggregate, IReadOnlyList<object>> decide, string what, CancellationToken ct)
        where TAggregate : class
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = sessions.OpenSession();
            try
            {
                var version = await session.DecideAsync(id, expectedVersion, decide, what, ct);
                await session.SaveChangesAsync(ct);
                return version;
            }
            catch (Exception e) when (expectedVersion is null && attempt < Attempts && WriteConflicts.IsConflict(e))
            {
                await WriteConflicts.BackOffAsync(attempt, ct);
            }
        }
    }
}
