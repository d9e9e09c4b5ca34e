using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Financing.Api.Rounds.DeclareFailed;

/// <summary>Declare before its deadline that a round failed: its minimum will not be met (request body).</summary>
public sealed record DeclareRoundFailed([Required, StringLength(1000, MinimumLength = 3)] string Reason);

public static class DeclareRoundFailedDecision
{
    /// <summary>
    /// A round that will not reach its minimum ends as failed before its deadline, not cancelled: it counts in the
    /// start-up's and the panel's record like one whose deadline passed. One that met its minimum is closed instead.
    /// </summary>
    public static IReadOnlyList<object> Decide(Round round, DeclareRoundFailed command, string by, DateTimeOffset now)
    {
        RoundRules.MustBeOpen(round, "declare failed");
        var reason = command.Reason.Trim();
        if (reason.Length < 3) throw new DomainRuleViolationException("failure-has-a-reason", "Say why the round failed.");
        if (round.Committed >= round.Minimum)
            throw new DomainRuleViolationException("minimum-is-not-met",
                $"{round.Committed} is committed, which meets the minimum of {round.Minimum}: close the round, or cancel it.", RuleKind.CurrentState);
        return [new RoundFailed(round.StartUpId, round.Instrument, round.Committed, round.Minimum, round.Deadline, by, now, reason,
            round.StartUpName, round.TechnologyIds)];
    }
}
