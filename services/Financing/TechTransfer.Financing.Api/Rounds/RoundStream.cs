using JasperFx;
using Marten;
using TechTransfer.BuildingBlocks.Http;
using NotFound = TechTransfer.BuildingBlocks.Domain.NotFound;

namespace TechTransfer.Financing.Api.Rounds;

/// <summary>Load, decide, append, save: the one path every write to a round takes.</summary>
public static class RoundStream
{
    /// <summary>How often a write without If-Match is retried after losing a race on the round's stream.</summary>
    public const int Attempts = 30;

    /// <summary>
    /// Fetches the round for writing (Marten checks the fetched version again at commit), runs the pure
    /// decision on the state it read and saves. When another writer committed first, Marten refuses the
    /// commit (ConcurrencyException): a caller who sent If-Match gets 412/409 (it asked for that version);
    /// one who did not is retried on a fresh session and a fresh state, so the decision (the cap rule above
    /// all) always runs on what is really committed. No commitment is lost and the cap always holds.
    /// Returns the version after the write.
    /// </summary>
    public static async Task<long> WriteAsync(
        this ISessionFactory sessions, Guid id, long? expectedVersion, Func<Round, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = sessions.OpenSession();
            try
            {
                var stream = await session.Events.FetchForWriting<Round>(id, ct);
                var round = stream.Aggregate ?? throw new NotFound("Round", id);
                var current = stream.CurrentVersion ?? 0;
                if (expectedVersion is { } expected && expected != current) throw new PreconditionFailed(expected, current);

                var events = decide(round);
                if (events.Count == 0) return current;
                stream.AppendMany(events);
                await session.SaveChangesAsync(ct);
                return current + events.Count;
            }
            catch (ConcurrencyException) when (expectedVersion is null && attempt < Attempts)
            {
                // Jittered, growing back-off: the writers that collided do not collide again in lock step.
                await Task.Delay(Random.Shared.Next(1, 10 + 5 * attempt), ct);
            }
        }
    }

    public static RouteHandlerBuilder ProducesCommandProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
