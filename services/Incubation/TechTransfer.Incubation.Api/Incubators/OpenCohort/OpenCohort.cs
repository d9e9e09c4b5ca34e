using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.Incubators.OpenCohort;

/// <summary>Open a cohort (request body): a named intake with start and end dates.</summary>
public sealed record OpenCohort(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required] DateOnly? StartsOn,
    [Required] DateOnly? EndsOn);

public sealed record CohortOpened(Guid CohortId, string Name, DateOnly StartsOn, DateOnly EndsOn, string By, DateTimeOffset At);

public static class OpenCohortDecision
{
    public static IReadOnlyList<object> Decide(Incubator incubator, OpenCohort command, Guid cohortId, string by, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("cohort-is-named", "A cohort needs a name of at least 2 characters besides spaces.");
        var starts = command.StartsOn ?? throw new DomainRuleViolationException("cohort-has-dates", "Give the cohort's start date.");
        var ends = command.EndsOn ?? throw new DomainRuleViolationException("cohort-has-dates", "Give the cohort's end date.");
        if (ends <= starts)
            throw new DomainRuleViolationException("cohort-ends-after-it-starts", $"The cohort ends ({ends:yyyy-MM-dd}) on or before it starts ({starts:yyyy-MM-dd}).");
        if (incubator.Cohorts.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new DomainRuleViolationException("cohort-name-is-new", $"The incubator already has a cohort named '{name}'.", RuleKind.CurrentState);
        return [new CohortOpened(cohortId, name, starts, ends, by, now)];
    }
}
