using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Incubation.Api.Incubators;

namespace TechTransfer.Incubation.Api.StartUps.Admit;

public sealed record AdmitStartUp([Required] Guid? IncubatorId, Guid? CohortId = null, DateOnly? AdmittedOn = null);

public sealed record StartUpAdmitted(
    string Name, IReadOnlyList<Guid> TechnologyIds, Guid IncubatorId, string IncubatorName, Guid IncubatorOrganisationId, Guid? CohortId, string? CohortName,
    DateOnly AdmittedOn, string By, DateTimeOffset At) : IRecorded;

public static class AdmitStartUpDecision
{
    public static IReadOnlyList<object> Decide(StartUp startUp, AdmitStartUp command, Incubator? incubator, string by, DateTimeOffset now)
    {
        StartUpRules.MustBeActive(startUp, "admit");
        if (incubator is null) throw new DomainRuleViolationException("incubator-is-known", $"No incubator {command.IncubatorId} is registered (or it is not yours).");
        if (startUp.CurrentAdmission is { } stay)
            throw new DomainRuleViolationException("one-incubator-at-a-time",
                $"{startUp.Name} is in {stay.IncubatorName} since {stay.AdmittedOn:yyyy-MM-dd}; it must leave it first.", RuleKind.CurrentState);
        var admittedOn = command.AdmittedOn ?? StartUpRules.Today(now);
        StartUpRules.NotInTheFuture(admittedOn, now, "admission-date-is-not-in-the-future", "admission");
        StartUpRules.NotBeforeFounding(startUp, admittedOn, "admission-is-not-before-founding", "admission");
        Cohort? cohort = null;
        if (command.CohortId is { } cohortId)
        {
            cohort = incubator.Cohorts.FirstOrDefault(c => c.Id == cohortId)
                ?? throw new DomainRuleViolationException("cohort-belongs-to-the-incubator", $"{incubator.Name} has no cohort {cohortId}.");
            if (!cohort.Covers(admittedOn))
                throw new DomainRuleViolationException("cohort-covers-the-admission-date",
                    $"Cohort {cohort.Name} runs from {cohort.StartsOn:yyyy-MM-dd} to {cohort.EndsOn:yyyy-MM-dd}, not on {admittedOn:yyyy-MM-dd}.");
        }
        else if (incubator.Cohorts.Count > 0)
            throw new DomainRuleViolationException("cohort-is-given", $"{incubator.Name} admits start-ups into cohorts: say which.");
        return [new StartUpAdmitted(startUp.Name, startUp.TechnologyIds, incubator.Id, incubator.Name, incubator.OrganisationId, cohort?.Id, cohort?.Name,
            admittedOn, by, now)];
    }
}
