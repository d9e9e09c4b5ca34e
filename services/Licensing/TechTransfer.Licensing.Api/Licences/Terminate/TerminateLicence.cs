using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Licensing.Api.Licences.Terminate;

public sealed record TerminateLicence([Required, StringLength(1000, MinimumLength = 3)] string Reason, DateOnly? EndedOn = null);

public sealed record LicenceTerminated(Guid TechnologyId, Guid LicenseeId, string Reason, DateOnly EndedOn, string By, DateTimeOffset At);

public static class TerminateLicenceDecision
{
    public static IReadOnlyList<object> Decide(Licence licence, TerminateLicence command, string by, DateTimeOffset now)
    {
        LicenceRules.MustBe(licence, LicenceStatus.Signed, "terminate");
        var reason = command.Reason.Trim();
        if (reason.Length < 3) throw new DomainRuleViolationException("termination-has-a-reason", "Say why the licence is terminated.");
        var endedOn = command.EndedOn ?? LicenceRules.Today(now);
        if (endedOn > LicenceRules.Today(now))
            throw new DomainRuleViolationException("termination-date-is-not-in-the-future", $"The termination date ({endedOn:yyyy-MM-dd}) is in the future.");
        if (endedOn < licence.SignedOn)
            throw new DomainRuleViolationException("termination-date-is-not-before-signing", $"The termination date ({endedOn:yyyy-MM-dd}) is before the signature.");
        return [new LicenceTerminated(licence.TechnologyId, licence.LicenseeId, reason, endedOn, by, now)];
    }
}
