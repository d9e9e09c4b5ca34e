using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.StartUps.Acquire;

public sealed record Acquire([Required, StringLength(200, MinimumLength = 2)] string Acquirer, DateOnly? AcquiredOn = null, [StringLength(1000)] string? Reason = null);

public sealed record StartUpAcquired(string Name, IReadOnlyList<Guid> TechnologyIds, string Acquirer, DateOnly AcquiredOn, string? Reason, string By, DateTimeOffset At) : IRecorded;

public static class AcquireDecision
{
    public static IReadOnlyList<object> Decide(StartUp startUp, Acquire command, string by, DateTimeOffset now)
    {
        StartUpRules.MustBeActive(startUp, "record the acquisition of");
        var acquirer = (command.Acquirer ?? "").Trim();
        if (acquirer.Length < 2) throw new DomainRuleViolationException("acquirer-is-named", "Name the firm that acquired the start-up.");
        return [new StartUpAcquired(startUp.Name, startUp.TechnologyIds, acquirer, StartUpRules.OutcomeDate(startUp, command.AcquiredOn, now), StartUpRules.Trimmed(command.Reason), by, now)];
    }
}
