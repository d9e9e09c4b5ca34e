using JasperFx;
using Marten;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>Load, decide, append, save: the one path every write to a start-up takes.</summary>
public static class StartUpStream
{
    /// <summary>How often a write without If-Match is retried after losing a race on the start-up's stream.</summary>
    public const int Attempts = 30;

    /// <summary>
    /// Fetches the start-up for writing (Marten checks the fetched version again at commit), runs the pure decision
    /// on the state it read and saves. When another writer committed first, Marten refuses the commit: a caller who
    /// sent If-Match gets 412/409 (it asked for that version); one who did not is retried on a fresh session and a
    /// fresh state, so every rule (milestone achieved once, one incubator at a time) runs on what is committed and
    /// no update is lost. Returns the version after the write.
    /// </summary>
    public static async Task<long> WriteAsync(
        this ISessionFactory sessions, Guid id, long? expectedVersion, Func<StartUp, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = sessions.OpenSession();
            try
            {
                var version = await session.DecideAsync(id, expectedVersion, decide, "Start-up", ct);
                await session.SaveChangesAsync(ct);
                return version;
            }
            catch (ConcurrencyException) when (expectedVersion is null && attempt < Attempts)
            {
                // Jittered, growing back-off: the writers that collided do not collide again in lock step.
                await Task.Delay(Random.Shared.Next(1, 10 + 5 * attempt), ct);
            }
        }
    }
}
