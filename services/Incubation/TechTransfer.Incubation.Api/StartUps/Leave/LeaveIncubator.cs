using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.StartUps.Leave;

public sealed record LeaveIncubator(DateOnly? LeftOn = null, [StringLength(1000)] string? Reason = null);

public sealed record StartUpLeftIncubator(Guid IncubatorId, DateOnly LeftOn, string? Reason, string By, DateTimeOffset At) : IRecorded;

public static class LeaveIncubatorDecision
{
    public static IReadOnlyList<object> Decide(StartUp startUp, LeaveIncubator command, string by, DateTimeOffset now)
    {
        var stay = startUp.CurrentAdmission
            ?? throw new DomainRuleViolationException("start-up-is-in-an-incubator", $"{startUp.Name} is in no incubator.", RuleKind.CurrentState);
        var leftOn = command.LeftOn ?? StartUpRules.Today(now);
        StartUpRules.NotInTheFuture(leftOn, now, "leaving-date-is-not-in-the-future", "leaving");
        if (leftOn < stay.AdmittedOn)
            throw new DomainRuleViolationException("leaving-is-not-before-admission", $"It was admitted on {stay.AdmittedOn:yyyy-MM-dd}, after {leftOn:yyyy-MM-dd}.");
        return [new StartUpLeftIncubator(stay.IncubatorId, leftOn, StartUpRules.Trimmed(command.Reason), by, now)];
    }
}
