namespace TechTransfer.Licensing.Api.Licences.Expire;

/// <summary>The licence reached its end date (found by the scheduled expiry check).</summary>
public sealed record LicenceExpired(Guid TechnologyId, Guid LicenseeId, DateOnly EndedOn, string By, DateTimeOffset At);

public static class ExpireLicenceDecision
{
    /// <summary>Who expired a licence past its end date, in <see cref="LicenceExpired.By"/>.</summary>
    public const string ExpiryCheck = "expiry check";

    /// <summary>The scheduled check: a signed licence past its end date expires; anything else yields nothing (idempotent).</summary>
    public static IReadOnlyList<object> Decide(Licence licence, DateTimeOffset now) =>
        licence.Status == LicenceStatus.Signed && LicenceRules.Today(now) > licence.Terms.EndsOn
            ? [new LicenceExpired(licence.TechnologyId, licence.LicenseeId, licence.Terms.EndsOn, ExpiryCheck, now)]
            : [];
}
