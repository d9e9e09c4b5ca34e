using Marten;

namespace TechTransfer.BuildingBlocks.Writes;

/// <summary>
/// What a write's load step may read on the write's own session: documents, and other streams fetched for writing
/// (Marten checks their version again at commit when the decision appends to them, so a race on any of them is a
/// conflict like one on the command's stream).
/// </summary>
public sealed class StreamReads(IDocumentSession session)
{
    private readonly Dictionary<Guid, Action<IReadOnlyList<object>>> _writable = [];

    public IQuerySession Documents => session;

    /// <summary>The stream's state (null when it has no events yet), held for a <see cref="StreamAppend"/> in the decision.</summary>
    public async Task<T?> ForWritingAsync<T>(Guid id, CancellationToken ct) where T : class
    {
        var stream = await session.Events.FetchForWriting<T>(id, ct);
        _writable[id] = stream.AppendMany;
        return stream.Aggregate;
    }

    internal void Append(StreamAppend append)
    {
        if (append.Events.Count == 0) return;
        if (!_writable.TryGetValue(append.StreamId, out var appendMany))
            throw new InvalidOperationException($"Stream {append.StreamId} was not fetched for writing by the write's load step.");
        appendMany(append.Events);
    }
}
