using Marten;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>Load, decide, append, save: the one path every write to a licence takes.</summary>
public static class LicenceStream
{
    /// <summary>How often a write is tried again after losing a race.</summary>
    public const int Attempts = 30;

    /// <summary>
    /// Fetches the licence for writing and, for an exclusive licence, its technology's exclusivity stream too; runs
    /// the pure decision on both; appends the licence's events and the matching exclusivity events in one
    /// transaction. Marten refuses the commit when either stream moved (ConcurrencyException, or a stream-id
    /// collision when two writers start the technology's exclusivity stream): the write is then tried again on a
    /// fresh session and fresh state, so the exclusivity rule always runs against what is committed. A caller who
    /// sent If-Match and whose licence moved meanwhile gets 412 on that next try (the check runs each time).
    /// </summary>
    public static Task<long> WriteAsync(this ISessionFactory sessions, Guid id, long? expectedVersion,
        Func<Licence, IReadOnlyList<ExclusiveGrant>, IReadOnlyList<object>> decide, CancellationToken ct) =>
        sessions.WriteAsync<object?>(id, expectedVersion, (_, _, _) => Task.FromResult<object?>(null), (licence, grants, _) => decide(licence, grants),
            (_, _) => { }, ct);

    /// <summary>
    /// The same write with one more stream in the transaction: <paramref name="load"/> fetches it (for writing) on the write's session, the
    /// decision sees it, and <paramref name="alongside"/> appends to it what the licence's events imply. A commit on that stream meanwhile is
    /// a conflict like one on the licence: the whole write is tried again on fresh state.
    /// </summary>
    public static async Task<long> WriteAsync<TAlongside>(this ISessionFactory sessions, Guid id, long? expectedVersion,
        Func<IDocumentSession, Licence, CancellationToken, Task<TAlongside>> load,
        Func<Licence, IReadOnlyList<ExclusiveGrant>, TAlongside, IReadOnlyList<object>> decide,
        Action<TAlongside, IReadOnlyList<object>> alongside, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = sessions.OpenSession();
            try
            {
                var stream = await session.Events.FetchForWriting<Licence>(id, ct);
                var licence = stream.Aggregate ?? throw new NotFoundException("Licence", id);
                var current = stream.CurrentVersion ?? 0;
                if (expectedVersion is { } expected && expected != current) throw new PreconditionFailed(expected, current);

                var exclusivity = licence.Terms.Kind == LicenceKind.Exclusive
                    ? await session.Events.FetchForWriting<TechnologyExclusivity>(licence.TechnologyId, ct)
                    : null;
                var other = await load(session, licence, ct);
                var events = decide(licence, exclusivity?.Aggregate?.Grants ?? [], other);
                if (events.Count == 0) return current;
                stream.AppendMany(events);
                alongside(other, events);
                if (exclusivity is not null && LicenceDecisions.ExclusivityEvents(licence, events) is { Count: > 0 } exclusive)
                    exclusivity.AppendMany(exclusive);
                await session.SaveChangesAsync(ct);
                return current + events.Count;
            }
            catch (Exception e) when (attempt < Attempts && WriteConflicts.IsConflict(e))
            {
                await WriteConflicts.BackOffAsync(attempt, ct);
            }
        }
    }

    public static Task<long> WriteAsync(this ISessionFactory sessions, Guid id, long? expectedVersion, Func<Licence, IReadOnlyList<object>> decide,
        CancellationToken ct) => sessions.WriteAsync(id, expectedVersion, (licence, _) => decide(licence), ct);
}
