using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Disclosures.Api.Technologies.Patents;

public sealed record GrantPatent(
    [Required, StringLength(50, MinimumLength = 3)] string PatentNumber,
    [Required] DateOnly? GrantedOn);

public static class GrantPatentDecision
{
    public static IReadOnlyList<object> Decide(Technology technology, Guid applicationId, GrantPatent command, string by, DateTimeOffset now)
    {
        Rules.MustBeActive(technology);
        var application = PendingApplication(technology, applicationId);
        var grantedOn = command.GrantedOn ?? throw new DomainRuleViolationException("grant-is-dated", "Give the date of grant.");
        Rules.NotInTheFuture("grant-date-is-not-in-the-future", "date of grant", grantedOn, now);
        if (grantedOn < application.FiledOn)
            throw new DomainRuleViolationException("grant-is-not-before-filing", "A patent cannot be granted before its application was filed.");
        return [new PatentGranted(applicationId, command.PatentNumber.Trim(), grantedOn, by, now)];
    }

    /// <summary>Only an application still pending can be granted or abandoned.</summary>
    internal static PatentApplication PendingApplication(Technology technology, Guid applicationId)
    {
        var application = technology.PatentApplications.SingleOrDefault(a => a.ApplicationId == applicationId)
            ?? throw new NotFoundException("Patent application", applicationId);
        if (application.Status != PatentStatus.Filed)
            throw new DomainRuleViolationException("patent-application-is-pending",
                $"Application {application.Office} {application.ApplicationNumber} is already {application.Status.ToString().ToLowerInvariant()}.",
                RuleKind.CurrentState);
        return application;
    }
}
