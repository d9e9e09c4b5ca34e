using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Financing.Api.Rounds;

/// <summary>Rules more than one round command checks. Each throws a <see cref="DomainRuleViolationException"/> naming the rule.</summary>
public static class RoundRules
{
    public static void MustBeOpen(Round round, string action)
    {
        if (round.Status != RoundStatus.Open)
            throw new DomainRuleViolationException("round-is-open", $"The round is {round.Status.ToString().ToLowerInvariant()}; you cannot {action} it.", RuleKind.CurrentState);
    }

    /// <summary>The business day of <paramref name="now"/>: deadlines and closing dates are UTC days.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
