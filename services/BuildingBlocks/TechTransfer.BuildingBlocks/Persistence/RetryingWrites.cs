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
        where TAggregate : class =>
        await sessions.RetryAsync(expectedVersion, session => session.DecideAsync(id, expectedVersion, decide, what, ct), ct);

    /// <summary>
    /// The same for a stream that may not exist yet (a ledger or an account started by its first write): the decision gets null for a new
    /// stream, and two writers starting it at once collide (a stream-id conflict), so the second decides again on what the first wrote.
    /// If-Match 0 means "not started yet".
    /// </summary>
    public static async Task<long> WriteOrStartAsync<TAggregate>(
        this ISessionFactory sessions, Guid id, long? expectedVersion, Func<TAggregate?, IReadOnlyList<object>> decide, CancellationToken ct)
        where TAggregate : class =>
        await sessions.RetryAsync(expectedVersion, async session =>
        {
            var stream = await session.Events.FetchForWriting<TAggregate>(id, ct);
            var current = stream.CurrentVersion ?? 0;
            if (expectedVersion is { } expected && expected != current) throw new Http.PreconditionFailed(expected, current);
            var events = decide(stream.Aggregate);
            if (events.Count == 0) return current;
            stream.AppendMany(events);
            return current + events.Count;
        }, ct);

    private static async Task<long> RetryAsync(this ISessionFactory sessions, long? expectedVersion, Func<IDocumentSession, Task<long>> write, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = sessions.OpenSession();
            try
            {
                var version = await write(session);
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
