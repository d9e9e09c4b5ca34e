using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.StartUps.Fail;

public sealed record Fail([Required, StringLength(1000, MinimumLength = 3)] string Reason, DateOnly? FailedOn = null);

public sealed record StartUpFailed(string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly FailedOn, string Reason, string By, DateTimeOffset At) : IRecorded;

public static class FailDecision
{
    public static IReadOnlyList<object> Decide(StartUp startUp, Fail command, string by, DateTimeOffset now)
    {
        StartUpRules.MustBeActive(startUp, "fail");
        var reason = (command.Reason ?? "").Trim();
        if (reason.Length < 3) throw new DomainRuleViolationException("failure-has-a-reason", "Say why the start-up failed.");
        return [new StartUpFailed(startUp.Name, startUp.TechnologyIds, StartUpRules.OutcomeDate(startUp, command.FailedOn, now), reason, by, now)];
    }
}
