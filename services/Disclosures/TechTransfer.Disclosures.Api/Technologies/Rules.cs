using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>Rules more than one command checks. Each throws a <see cref="DomainRuleViolationException"/> naming the rule.</summary>
public static class Rules
{
    /// <summary>An abandoned technology takes no more staff commands: its record is closed.</summary>
    public static void MustBeActive(Technology technology)
    {
        if (technology.Abandonment is not null)
            throw new DomainRuleViolationException("technology-is-active",
                $"The technology was abandoned on {technology.Abandonment.At:yyyy-MM-dd}; its record is closed.", RuleKind.CurrentState);
    }

    /// <summary>Contribution and ownership shares are percentages that add up to exactly 100.</summary>
    public static void SharesAddUpTo100(string rule, string what, IEnumerable<decimal> shares)
    {
        var total = shares.Sum();
        if (total != 100m)
            throw new DomainRuleViolationException(rule, $"The {what} shares add up to {total} %, not 100 %.");
    }

    /// <summary>Inventors: at least one, each e-mail once, shares adding up to 100 %.</summary>
    public static void InventorsAreValid(IReadOnlyCollection<(string Email, decimal Share)> inventors)
    {
        if (inventors.Count == 0)
            throw new DomainRuleViolationException("inventors-are-listed", "Name at least one inventor.");
        var repeated = inventors.GroupBy(i => i.Email.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new DomainRuleViolationException("inventors-are-distinct", "An inventor is listed twice (the same e-mail appears more than once).");
        SharesAddUpTo100("inventor-shares-add-up-to-100", "inventors' contribution", inventors.Select(i => i.Share));
    }

    /// <summary>A business date the office records as past cannot lie after today.</summary>
    public static void NotInTheFuture(string rule, string what, DateOnly date, DateTimeOffset now)
    {
        if (date > DateOnly.FromDateTime(now.UtcDateTime))
            throw new DomainRuleViolationException(rule, $"The {what} ({date:yyyy-MM-dd}) is in the future.");
    }

    public static string[] NormalisedKeywords(IEnumerable<string>? keywords) =>
        [.. (keywords ?? []).Select(k => k.Trim().ToLowerInvariant()).Where(k => k.Length > 0).Distinct()];
}
