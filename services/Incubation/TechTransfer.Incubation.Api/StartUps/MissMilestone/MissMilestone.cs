using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.StartUps.MissMilestone;

public sealed record MissMilestone([StringLength(1000)] string? Reason = null);

public sealed record MilestoneMissed(Guid MilestoneId, DateOnly MissedOn, string? Reason, string By, DateTimeOffset At) : IRecorded;

public static class MissMilestoneDecision
{
    /// <summary>Only a milestone whose due date has passed can be declared missed (before, it may still be achieved).</summary>
    public static IReadOnlyList<object> Decide(StartUp startUp, Guid milestoneId, MissMilestone command, string by, DateTimeOffset now)
    {
        StartUpRules.MustBeActive(startUp, "miss a milestone of");
        var milestone = StartUpRules.OpenMilestone(startUp, milestoneId);
        if (StartUpRules.Today(now) <= milestone.DueOn)
            throw new DomainRuleViolationException("milestone-is-overdue", $"'{milestone.Title}' is due on {milestone.DueOn:yyyy-MM-dd}; it is missed only after that day.",
                RuleKind.CurrentState);
        return [new MilestoneMissed(milestoneId, StartUpRules.Today(now), StartUpRules.Trimmed(command.Reason), by, now)];
    }
}
