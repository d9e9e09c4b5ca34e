namespace TechTransfer.Financing.Api.Rounds.FailOnDeadline;

public static class FailOnDeadlineDecision
{
    /// <summary>Who failed a round whose deadline passed, in <see cref="RoundFailed.By"/>.</summary>
    public const string DeadlineCheck = "deadline check";

    /// <summary>
    /// The scheduled check: an open round whose deadline has passed without the minimum fails. Anything else
    /// (already ended, deadline not passed, minimum met and waiting to be closed) gives no event, so the check
    /// can run any number of times, on any number of nodes.
    /// </summary>
    public static IReadOnlyList<object> Decide(Round round, DateTimeOffset now) =>
        round.Status == RoundStatus.Open && RoundRules.Today(now) > round.Deadline && round.Committed < round.Minimum
            ? [new RoundFailed(round.StartUpId, round.Instrument, round.Committed, round.Minimum, round.Deadline, DeadlineCheck, now,
                $"The deadline ({round.Deadline:yyyy-MM-dd}) passed with {round.Committed} committed, below the minimum of {round.Minimum}.",
                round.StartUpName, round.TechnologyIds)]
            : [];
}
