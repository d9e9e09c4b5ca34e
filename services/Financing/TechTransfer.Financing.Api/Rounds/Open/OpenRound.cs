using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Financing.Api.StartUps;

namespace TechTransfer.Financing.Api.Rounds.Open;

/// <summary>Open a round (request body). Amounts are in <see cref="Currency"/> (ISO 4217, EUR when omitted).</summary>
public sealed record OpenRound(
    [Required] Guid? StartUpId,
    [Required] Instrument? Instrument,
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Target,
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Minimum,
    [Required] DateOnly? Deadline,
    [Range(typeof(decimal), "0.01", "100000000000")] decimal? Cap = null,
    [StringLength(3, MinimumLength = 3)] string? Currency = null,
    [Range(typeof(decimal), "0.01", "1000000000000")] decimal? PreMoneyValuation = null);

/// <summary>
/// A round was opened for a start-up Incubation told us about. Amounts share the round's currency. The start-up's
/// technologies are copied in (null in rounds opened before they were), so the round's end names them.
/// </summary>
public sealed record RoundOpened(
    Guid RoundId, Guid StartUpId, string StartUpName, Instrument Instrument, Money Target, Money Minimum, Money? Cap,
    Money? PreMoneyValuation, DateOnly Deadline, string By, DateTimeOffset At, IReadOnlyList<Guid>? TechnologyIds = null);

public static class OpenRoundDecision
{
    public static IReadOnlyList<object> Decide(Guid roundId, OpenRound command, KnownStartUp? startUp, string by, DateTimeOffset now)
    {
        if (startUp is null)
            throw new DomainRuleViolationException("start-up-is-known", $"No start-up {command.StartUpId} was reported by Incubation; rounds are opened only for those.");
        var instrument = command.Instrument ?? throw new DomainRuleViolationException("instrument-is-given", "Say which instrument the round uses.");
        var currency = Money.CurrencyCode(command.Currency);
        var target = Money.Of(command.Target ?? 0m, currency, "target");
        var minimum = Money.Of(command.Minimum ?? 0m, currency, "minimum");
        Money? cap = command.Cap is { } c ? Money.Of(c, currency, "cap") : null;
        if (minimum > target)
            throw new DomainRuleViolationException("minimum-is-at-most-the-target", $"The minimum ({minimum}) is above the target ({target}).");
        if (cap is { } k && k < target)
            throw new DomainRuleViolationException("cap-is-at-least-the-target", $"The cap ({k}) is below the target ({target}).");
        Money? preMoney = null;
        if (instrument == Instrument.Equity)
            preMoney = Money.Of(command.PreMoneyValuation ?? throw new DomainRuleViolationException("equity-needs-a-pre-money-valuation",
                "An equity round needs the start-up's pre-money valuation."), currency, "pre-money valuation");
        else if (command.PreMoneyValuation is not null)
            throw new DomainRuleViolationException("pre-money-valuation-is-for-equity", $"A {instrument.WireName()} round takes no pre-money valuation.");
        var deadline = command.Deadline ?? throw new DomainRuleViolationException("deadline-is-given", "Give the round's deadline.");
        if (deadline <= RoundRules.Today(now))
            throw new DomainRuleViolationException("deadline-is-in-the-future", $"The deadline ({deadline:yyyy-MM-dd}) must be after today.");
        return [new RoundOpened(roundId, startUp.Id, startUp.Name, instrument, target, minimum, cap, preMoney, deadline, by, now, startUp.TechnologyIds)];
    }
}
