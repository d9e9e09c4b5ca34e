using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Licensing.Api.Licences.RecordMilestone;

public sealed record RecordMilestone([Required, StringLength(200, MinimumLength = 2)] string Name, DateOnly? ReachedOn = null);

public sealed record MilestoneReached(string Name, DateOnly ReachedOn, string By, DateTimeOffset At);

public static class RecordMilestoneDecision
{
    public static IReadOnlyList<object> Decide(Licence licence, RecordMilestone command, string by, DateTimeOffset now, Guid statementId)
    {
        LicenceRules.MustBe(licence, LicenceStatus.Signed, "record a milestone on");
        var milestone = licence.Terms.Milestones.FirstOrDefault(m => string.Equals(m.Name, command.Name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainRuleViolationException("milestone-is-in-the-licence",
                $"The licence has no milestone payment '{command.Name}' (it has: {string.Join(", ", licence.Terms.Milestones.Select(m => m.Name))}).");
        if (licence.MilestonesReached.Contains(milestone.Name, StringComparer.OrdinalIgnoreCase))
            throw new DomainRuleViolationException("milestone-is-invoiced-once", $"Milestone '{milestone.Name}' was already recorded.", RuleKind.CurrentState);
        var on = command.ReachedOn ?? LicenceRules.Today(now);
        if (on > LicenceRules.Today(now)) throw new DomainRuleViolationException("milestone-date-is-not-in-the-future", $"The milestone date ({on:yyyy-MM-dd}) is in the future.");
        return
        [
            new MilestoneReached(milestone.Name, on, by, now),
            new StatementIssued(statementId, StatementKind.Milestone, $"Milestone: {milestone.Name}", milestone.Amount, LicenceRules.Today(now),
                LicenceRules.Today(now).AddDays(LicenceRules.PaymentDueDays), null, by, now),
        ];
    }
}
