using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>Rules more than one start-up command checks. Each throws a <see cref="DomainRuleViolationException"/> naming the rule.</summary>
public static class StartUpRules
{
    public static Milestone OpenMilestone(StartUp startUp, Guid milestoneId)
    {
        var milestone = startUp.Milestones.FirstOrDefault(m => m.Id == milestoneId) ?? throw new NotFoundException("Milestone", milestoneId);
        return milestone.Status == MilestoneStatus.Planned
            ? milestone
            : throw new DomainRuleViolationException("milestone-is-open",
                $"'{milestone.Title}' was already {milestone.Status.ToString().ToLowerInvariant()} on {(milestone.AchievedOn ?? milestone.MissedOn):yyyy-MM-dd}.",
                RuleKind.CurrentState);
    }

    public static DateOnly OutcomeDate(StartUp startUp, DateOnly? given, DateTimeOffset now)
    {
        var on = given ?? Today(now);
        NotInTheFuture(on, now, "outcome-date-is-not-in-the-future", "outcome");
        NotBeforeFounding(startUp, on, "outcome-date-is-not-before-founding", "outcome");
        return on;
    }

    /// <summary>Active = founded and no outcome yet.</summary>
    public static void MustBeActive(StartUp startUp, string action)
    {
        if (startUp.Status == StartUpStatus.Proposed)
            throw new DomainRuleViolationException("start-up-is-founded", $"{startUp.Name} is only proposed; found it before you {action} it.", RuleKind.CurrentState);
        if (startUp.Status != StartUpStatus.Active)
            throw new DomainRuleViolationException("start-up-is-active", $"{startUp.Name} is {startUp.Status.ToString().ToLowerInvariant()}; you cannot {action} it.",
                RuleKind.CurrentState);
    }

    /// <summary>Founded and still operating: active, graduated or acquired.</summary>
    public static void MustOperate(StartUp startUp, string action)
    {
        if (startUp.Status == StartUpStatus.Proposed)
            throw new DomainRuleViolationException("start-up-is-founded", $"{startUp.Name} is only proposed; found it before you {action} it.", RuleKind.CurrentState);
        if (startUp.Status == StartUpStatus.Failed)
            throw new DomainRuleViolationException("start-up-has-not-failed", $"{startUp.Name} failed on {startUp.OutcomeOn:yyyy-MM-dd}; you cannot {action} it.",
                RuleKind.CurrentState);
    }

    public static void NotInTheFuture(DateOnly day, DateTimeOffset now, string rule, string what)
    {
        if (day > Today(now)) throw new DomainRuleViolationException(rule, $"The {what} date ({day:yyyy-MM-dd}) is in the future.");
    }

    public static void NotBeforeFounding(StartUp startUp, DateOnly day, string rule, string what)
    {
        if (startUp.FoundedOn is { } founded && day < founded)
            throw new DomainRuleViolationException(rule, $"The {what} date ({day:yyyy-MM-dd}) is before the start-up was founded ({founded:yyyy-MM-dd}).");
    }

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The business day of <paramref name="now"/>: every date a start-up command takes is a UTC day.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
