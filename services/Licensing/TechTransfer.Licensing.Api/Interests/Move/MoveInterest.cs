using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Licensing.Api.Interests.Move;

public sealed record MoveInterest([Required] InterestStage? Stage, [StringLength(2000)] string? Reason = null);

public sealed record InterestMoved(InterestStage From, InterestStage To, string? Reason, string By, DateTimeOffset At);

public static class MoveInterestDecision
{
    /// <summary>Where each stage may go next. Won and lost are final.</summary>
    public static readonly IReadOnlyDictionary<InterestStage, InterestStage[]> Moves = new Dictionary<InterestStage, InterestStage[]>
    {
        [InterestStage.New] = [InterestStage.Contacted, InterestStage.Lost],
        [InterestStage.Contacted] = [InterestStage.Negotiating, InterestStage.Lost],
        [InterestStage.Negotiating] = [InterestStage.Won, InterestStage.Lost],
        [InterestStage.Won] = [],
        [InterestStage.Lost] = [],
    };

    public static IReadOnlyList<object> Decide(Interest interest, MoveInterest command, string by, DateTimeOffset now)
    {
        var to = command.Stage ?? throw new DomainRuleViolationException("stage-is-given", "Say which stage the interest moves to.");
        if (!Moves[interest.Stage].Contains(to))
            throw new DomainRuleViolationException("interest-moves-along-the-pipeline",
                $"An interest that is {interest.Stage.ToString().ToLowerInvariant()} cannot move to {to.ToString().ToLowerInvariant()}"
                + (Moves[interest.Stage].Length == 0 ? " (it is closed)." : $" (next: {string.Join(" or ", Moves[interest.Stage].Select(s => s.ToString().ToLowerInvariant()))})."),
                RuleKind.CurrentState);
        var reason = command.Reason?.Trim();
        if (to is InterestStage.Won or InterestStage.Lost && string.IsNullOrEmpty(reason))
            throw new DomainRuleViolationException("outcome-has-a-reason", $"Say why the interest was {to.ToString().ToLowerInvariant()}.");
        return [new InterestMoved(interest.Stage, to, reason, by, now)];
    }
}
