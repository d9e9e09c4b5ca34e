using JasperFx;
using Marten;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Runtime;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Financing.Api.Rounds.Views;

namespace TechTransfer.Financing.Api.Rounds.FailOnDeadline;

public sealed class DeadlineCheckOptions
{
    public const string Section = "Financing:DeadlineCheck";

    /// <summary>How often open rounds are checked; a round fails at most this long after its deadline day ends.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Fails the open rounds whose deadline passed without their minimum. Scheduled, never triggered by a request:
/// every <see cref="DeadlineCheckOptions.Interval"/> (on <see cref="TimeProvider"/>, so tests can move the clock)
/// it reads the overdue rows of <see cref="OpenRoundDeadline"/> (an indexed deadline column, open rounds only)
/// and runs <see cref="FailOnDeadlineDecision.Decide"/> on each round through the usual optimistic write.
/// Idempotent: a round already ended, or failed by another node meanwhile, yields no event.
/// </summary>
public sealed class DeadlineCheck(ISessionFactory sessions, IDocumentStore store, TimeProvider clock, DeadlineCheckOptions options, ILogger<DeadlineCheck> logger)
    : ScheduledCheck(options.Interval, clock, logger)
{
    protected override string Name => "The deadline check";

    /// <summary>One pass; returns how many rounds failed.</summary>
    public override async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        IReadOnlyList<OpenRoundDeadline> overdue;
        await using (var query = store.QuerySession())
            overdue = await query.Query<OpenRoundDeadline>().Where(d => d.Deadline < today).OrderBy(d => d.Deadline).Take(500).ToListAsync(ct);

        var failed = 0;
        foreach (var row in overdue)
        {
            try
            {
                var written = await sessions.WriteAsync(new StreamWrite<Round>(row.Id, null, OnConflict.DecideAgain),
                    round => FailOnDeadlineDecision.Decide(round, Clock.GetUtcNow()), ct);
                if (written.Appended > 0) failed++;
            }
            catch (Exception e) when (e is NotFoundException or ConcurrencyException)
            {
                Logger.LogInformation("Round {RoundId} changed during the deadline check; the next pass looks again", row.Id);
            }
        }
        if (failed > 0) Logger.LogInformation("The deadline check failed {Count} round(s) whose deadline passed without the minimum", failed);
        return failed;
    }
}
