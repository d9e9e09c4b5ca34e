using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.StartUps.AwardLabel;

public sealed record AwardLabel(
    [Required, StringLength(200, MinimumLength = 2)] string Label,
    [Required] DateOnly? ExpiresOn,
    DateOnly? AwardedOn = null,
    [StringLength(200)] string? Awarder = null);

/// <summary>A label (e.g. "Innovative Cluster Company") held from <see cref="AwardedOn"/> to <see cref="ExpiresOn"/> inclusive.</summary>
public sealed record LabelAwarded(Guid LabelId, string Label, DateOnly AwardedOn, DateOnly ExpiresOn, string? Awarder, string By, DateTimeOffset At) : IRecorded;

public static class AwardLabelDecision
{
    public static IReadOnlyList<object> Decide(StartUp startUp, AwardLabel command, Guid labelId, string by, DateTimeOffset now)
    {
        StartUpRules.MustOperate(startUp, "label");
        var label = (command.Label ?? "").Trim();
        if (label.Length < 2) throw new DomainRuleViolationException("label-is-named", "Name the label.");
        var awardedOn = command.AwardedOn ?? StartUpRules.Today(now);
        StartUpRules.NotInTheFuture(awardedOn, now, "award-date-is-not-in-the-future", "award");
        var expires = command.ExpiresOn ?? throw new DomainRuleViolationException("label-expires-after-award", "Give the label's expiry date.");
        if (expires <= awardedOn)
            throw new DomainRuleViolationException("label-expires-after-award", $"The label expires ({expires:yyyy-MM-dd}) on or before it is awarded ({awardedOn:yyyy-MM-dd}).");
        if (startUp.Labels.FirstOrDefault(l => string.Equals(l.Name, label, StringComparison.OrdinalIgnoreCase) && l.AwardedOn <= expires && awardedOn <= l.ExpiresOn) is { } held)
            throw new DomainRuleViolationException("label-is-not-already-held",
                $"{startUp.Name} holds '{held.Name}' from {held.AwardedOn:yyyy-MM-dd} to {held.ExpiresOn:yyyy-MM-dd}, overlapping this award.", RuleKind.CurrentState);
        return [new LabelAwarded(labelId, label, awardedOn, expires, StartUpRules.Trimmed(command.Awarder), by, now)];
    }
}
