using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>Rules more than one licence command checks. Each throws a <see cref="DomainRuleViolationException"/> naming the rule.</summary>
public static class LicenceRules
{
    /// <summary>Statements are due this many days after they are issued.</summary>
    public const int PaymentDueDays = 30;

    public static void MustBe(Licence licence, LicenceStatus status, string action)
    {
        if (licence.Status != status)
            throw new DomainRuleViolationException(status == LicenceStatus.Draft ? "licence-is-a-draft" : "licence-is-signed",
                $"The licence is {licence.Status.ToString().ToLowerInvariant()}; you cannot {action} it.", RuleKind.CurrentState);
    }

    /// <summary>The business day of <paramref name="now"/>: licence, payment and policy dates are UTC days.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
