namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>What "another writer committed first" looks like, and how long to wait before trying again.</summary>
public static class WriteConflicts
{
    /// <summary>A stale expected version, or a stream id taken twice by two writers starting the same stream.</summary>
    public static bool IsConflict(Exception e) =>
        e is JasperFx.ConcurrencyException or JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException;

    /// <summary>Jittered, growing back-off: the writers that collided do not collide again in lock step.</summary>
    public static Task BackOffAsync(int attempt, CancellationToken ct) => Task.Delay(Random.Shared.Next(1, 10 + 5 * attempt), ct);
}
