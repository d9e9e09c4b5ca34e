using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Disclosures.Api.Technologies.Patents;

/// <summary>
/// File an application (EP, US, PCT, FR…). <see cref="PriorityDate"/> is the date of the first filing it
/// claims; leave it out for a first filing (its own filing date).
/// </summary>
public sealed record FilePatentApplication(
    [Required, StringLength(10, MinimumLength = 2)] string Office,
    [Required, StringLength(50, MinimumLength = 3)] string ApplicationNumber,
    [Required] DateOnly? FiledOn,
    DateOnly? PriorityDate = null);

public static class FilePatentApplicationDecision
{
    public static IReadOnlyList<object> Decide(Technology technology, FilePatentApplication command, string by, DateTimeOffset now, Guid applicationId)
    {
        Rules.MustBeActive(technology);
        var office = command.Office.Trim().ToUpperInvariant();
        var number = command.ApplicationNumber.Trim();
        var filedOn = command.FiledOn ?? throw new DomainRuleViolationException("filing-is-dated", "Give the filing date.");
        var priority = command.PriorityDate ?? filedOn;
        Rules.NotInTheFuture("filing-date-is-not-in-the-future", "filing date", filedOn, now);
        if (priority > filedOn)
            throw new DomainRuleViolationException("priority-date-is-not-after-filing", "The priority date cannot come after the filing date.");
        // Paris Convention: priority can be claimed within 12 months of the first filing only.
        if (filedOn > priority.AddMonths(12))
            throw new DomainRuleViolationException("priority-claimed-within-12-months",
                $"Priority from {priority:yyyy-MM-dd} can only be claimed until {priority.AddMonths(12):yyyy-MM-dd}.");
        if (technology.PatentApplications.Any(a => a.Office == office && string.Equals(a.ApplicationNumber, number, StringComparison.OrdinalIgnoreCase)))
            throw new DomainRuleViolationException("application-number-is-new",
                $"Application {office} {number} is already recorded for this technology.", RuleKind.CurrentState);
        return [new PatentApplicationFiled(applicationId, office, number, filedOn, priority, by, now)];
    }
}
