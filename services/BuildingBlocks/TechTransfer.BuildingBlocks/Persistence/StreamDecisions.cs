using Marten;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;

namespace TechTransfer.BuildingBlocks.Persistence;

public static class StreamDecisions
{
    /// <summary>
    /// Load, decide, append: fetches the aggregate for writing (Marten checks the fetched version again at
    /// commit, so a concurrent change is refused rather than lost), checks the caller's If-Match, runs the
    /// pure decision and appends all its events (none when it throws). The caller saves. Returns the version
    /// after the append.
    /// </summary>
    public static async Task<long> DecideAsync<TAggregate>(
        this IDocumentSession session, Guid id, long? expectedVersion, Func<TAggregate, IReadOnlyList<object>> decide,
        string what, CancellationToken ct) where TAggregate : class
    {
        var stream = await session.Events.FetchForWriting<TAggregate>(id, ct);
        var aggregate = stream.Aggregate ?? throw new NotFoundException(what, id);
        var current = stream.CurrentVersion ?? 0;
        if (expectedVersion is { } expected && expected != current) throw new PreconditionFailed(expected, current);

        var events = decide(aggregate);
        if (events.Count == 0) return current;
        stream.AppendMany(events);
        return current + events.Count;
    }
}
