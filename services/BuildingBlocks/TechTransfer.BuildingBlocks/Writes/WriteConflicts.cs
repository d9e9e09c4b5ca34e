namespace TechTransfer.BuildingBlocks.Writes;

/// <summary>What "another writer committed first" looks like, and how long to wait before trying again.</summary>
public static class WriteConflicts
{
    /// <summary>
    /// A stale expected version, or a stream id taken twice by two writers starting the same stream; Marten reports
    /// several failed operations of one batch together, a conflict when each of them is one.
    /// </summary>
    public static bool IsConflict(Exception e) => e is AggregateException { InnerExceptions.Count: > 0 } all
        ? all.InnerExceptions.All(IsConflict)
        : e is JasperFx.ConcurrencyException or JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException;

    /// <summary>As <see cref="IsConflict"/>, or a document another writer inserted first (one or several of a batch).</summary>
    public static bool IsConflictOrInserted(Exception e) => e is AggregateException { InnerExceptions.Count: > 0 } all
        ? all.InnerExceptions.All(IsConflictOrInserted)
        : e is JasperFx.DocumentAlreadyExistsException || IsConflict(e);

    /// <summary>Jittered, growing back-off: the writers that collided do not collide again in lock step.</summary>
    public static Task BackOffAsync(int attempt, CancellationToken ct) => Task.Delay(Random.Shared.Next(1, 10 + 5 * attempt), ct);
}
