using Marten;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.BuildingBlocks.Writes;

/// <summary>
/// The one write path: load, decide (pure), append, commit, answer. The command's stream is fetched for writing
/// (Marten checks its version again at commit, so a concurrent change is refused rather than lost), the caller's
/// If-Match is checked, an optional load step reads what else the decision needs on the same session, the decision
/// runs on that state and all its events are appended in one transaction (none when it throws). A lost race is
/// refused or decided again on fresh state, as the command's <see cref="OnConflict"/> says.
/// </summary>
public static class StreamWriter
{
    /// <summary>A write to an existing stream whose decision needs more than its stream: <paramref name="load"/> reads it on the write's session.</summary>
    public static Task<StreamWritten<TResult>> WriteAsync<TAggregate, TContext, TResult>(this ISessionFactory sessions, StreamWrite<TAggregate> write,
        Func<TAggregate, StreamReads, CancellationToken, Task<TContext>> load, Func<TAggregate, TContext, Decision<TResult>> decide, CancellationToken ct)
        where TAggregate : class =>
        sessions.CommitAsync(write, session => DecideAsync(session, write, Existing(write, load), Existing(write, decide), ct), ct);

    /// <summary>A write to an existing stream whose decision answers with a result (an id it made, an amount it computed).</summary>
    public static Task<StreamWritten<TResult>> WriteAsync<TAggregate, TResult>(this ISessionFactory sessions, StreamWrite<TAggregate> write,
        Func<TAggregate, Decision<TResult>> decide, CancellationToken ct) where TAggregate : class =>
        sessions.WriteAsync(write, NothingMore<TAggregate>, (aggregate, _) => decide(aggregate), ct);

    /// <summary>A write to an existing stream (404 when there is none).</summary>
    public static async Task<StreamWritten> WriteAsync<TAggregate>(this ISessionFactory sessions, StreamWrite<TAggregate> write,
        Func<TAggregate, IReadOnlyList<object>> decide, CancellationToken ct) where TAggregate : class =>
        await sessions.WriteAsync(write, aggregate => Decision.Of(decide(aggregate)), ct);

    /// <summary>
    /// A write to a stream its first write starts (a ledger, an account, named by what it is about): the decision gets null for a
    /// new stream, and two writers starting it at once collide (a stream-id conflict) like any other race. If-Match 0 means "not started yet".
    /// </summary>
    public static async Task<StreamWritten> WriteOrStartAsync<TAggregate>(this ISessionFactory sessions, StreamWrite<TAggregate> write,
        Func<TAggregate?, IReadOnlyList<object>> decide, CancellationToken ct) where TAggregate : class =>
        await sessions.CommitAsync(write, session => DecideAsync(session, write, NothingMore,
            (TAggregate? aggregate, NoResult _) => Decision.Of(decide(aggregate)), ct), ct);

    /// <summary>Starts a new stream (its id was just made, so nobody else can be writing it) with the events a decision made.</summary>
    public static async Task<StreamWritten> StartAsync<TAggregate>(this ISessionFactory sessions, Guid id, IReadOnlyList<object> events, CancellationToken ct)
        where TAggregate : class
    {
        await using var session = sessions.OpenSession();
        session.Events.StartStream<TAggregate>(id, events);
        await session.SaveChangesAsync(ct);
        return new StreamWritten(id, events.Count, events.Count);
    }

    /// <summary>
    /// The same decision on the caller's session, which the caller commits (a consumer: its inbox base commits the message id with
    /// it and decides again when it loses a race). <paramref name="missing"/> says what a stream that does not exist is: the
    /// exception to throw, or null to write nothing (for news, the messaging policy <c>NotHeardOf</c>).
    /// </summary>
    public static async Task<StreamWritten> DecideAsync<TAggregate, TContext>(this IDocumentSession session, Guid id,
        Func<TAggregate, StreamReads, CancellationToken, Task<TContext>> load, Func<TAggregate, TContext, IReadOnlyList<object>> decide,
        Func<Guid, Exception?> missing, CancellationToken ct) where TAggregate : class =>
        await DecideAsync(session, new StreamWrite<TAggregate>(id, null, OnConflict.Refuse),
            (aggregate, reads, token) => aggregate is not null ? load(aggregate, reads, token)
                : missing(id) is { } refused ? throw refused : Task.FromResult(default(TContext)!),
            (aggregate, context) => Decision.Of(aggregate is null ? [] : decide(aggregate, context)), ct);

    /// <summary>As above, for a decision that needs nothing but its stream.</summary>
    public static Task<StreamWritten> DecideAsync<TAggregate>(this IDocumentSession session, Guid id, Func<TAggregate, IReadOnlyList<object>> decide,
        Func<Guid, Exception?> missing, CancellationToken ct) where TAggregate : class =>
        session.DecideAsync(id, NothingMore<TAggregate>, (TAggregate aggregate, NoResult _) => decide(aggregate), missing, ct);

    private static async Task<StreamWritten<TResult>> CommitAsync<TAggregate, TResult>(this ISessionFactory sessions, StreamWrite<TAggregate> write,
        Func<IDocumentSession, Task<StreamWritten<TResult>>> decide, CancellationToken ct) where TAggregate : class
    {
        for (var attempt = 1; ; attempt++)
        {
            // A fresh session per attempt: the next decision must not inherit the state or the pending events of the one that lost.
            await using var session = sessions.OpenSession();
            try
            {
                var written = await decide(session);
                await session.SaveChangesAsync(ct);
                return written;
            }
            catch (Exception e) when (write.OnConflict == OnConflict.DecideAgain && attempt < StreamWrite<TAggregate>.Attempts && WriteConflicts.IsConflict(e))
            {
                await WriteConflicts.BackOffAsync(attempt, ct);
            }
        }
    }

    private static async Task<StreamWritten<TResult>> DecideAsync<TAggregate, TContext, TResult>(IDocumentSession session, StreamWrite<TAggregate> write,
        Func<TAggregate?, StreamReads, CancellationToken, Task<TContext>> load, Func<TAggregate?, TContext, Decision<TResult>> decide, CancellationToken ct)
        where TAggregate : class
    {
        var stream = await session.Events.FetchForWriting<TAggregate>(write.Id, ct);
        var current = stream.CurrentVersion ?? 0;
        if (write.IfMatch is { } expected && expected != current) throw new PreconditionFailedException(expected, current);

        var reads = new StreamReads(session);
        var decision = decide(stream.Aggregate, await load(stream.Aggregate, reads, ct));
        if (decision.Events.Count > 0) stream.AppendMany(decision.Events);
        foreach (var append in decision.Alongside) reads.Append(append);
        return new StreamWritten<TResult>(write.Id, current + decision.Events.Count, decision.Events.Count, decision.Result);
    }

    private static Func<TAggregate?, TIn, TOut> Existing<TAggregate, TIn, TOut>(StreamWrite<TAggregate> write, Func<TAggregate, TIn, TOut> step)
        where TAggregate : class =>
        (aggregate, input) => step(aggregate ?? throw new NotFoundException(StreamWrite<TAggregate>.What, write.Id), input);

    private static Func<TAggregate?, StreamReads, CancellationToken, Task<TContext>> Existing<TAggregate, TContext>(StreamWrite<TAggregate> write,
        Func<TAggregate, StreamReads, CancellationToken, Task<TContext>> load) where TAggregate : class =>
        (aggregate, reads, ct) => load(aggregate ?? throw new NotFoundException(StreamWrite<TAggregate>.What, write.Id), reads, ct);

    private static Task<NoResult> NothingMore<TAggregate>(TAggregate? aggregate, StreamReads reads, CancellationToken ct) => Task.FromResult(NoResult.Value);
}
