using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.StartUps.Graduate;

public sealed record Graduate(DateOnly? GraduatedOn = null, [StringLength(1000)] string? Reason = null);

public sealed record StartUpGraduated(string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly GraduatedOn, string? Reason, string By, DateTimeOffset At) : IRecorded;

public static class GraduateDecision
{
    /// <summary>Graduating is from an incubator: a start-up never admitted cannot graduate (it can still fail or be acquired).</summary>
    public static IReadOnlyList<object> Decide(StartUp startUp, Graduate command, string by, DateTimeOffset now)
    {
        StartUpRules.MustBeActive(startUp, "graduate");
        if (startUp.Admissions.Count == 0)
            throw new DomainRuleViolationException("graduation-needs-admission", $"{startUp.Name} was never admitted to an incubator, so it cannot graduate from one.",
                RuleKind.CurrentState);
        var on = StartUpRules.OutcomeDate(startUp, command.GraduatedOn, now);
        if (startUp.Admissions[^1].AdmittedOn > on)
            throw new DomainRuleViolationException("graduation-is-not-before-admission", $"It was admitted on {startUp.Admissions[^1].AdmittedOn:yyyy-MM-dd}, after {on:yyyy-MM-dd}.");
        return [new StartUpGraduated(startUp.Name, startUp.TechnologyIds, on, StartUpRules.Trimmed(command.Reason), by, now)];
    }
}
