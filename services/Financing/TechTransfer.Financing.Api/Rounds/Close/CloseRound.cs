using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Financing.Api.Rounds.Close;

public sealed record CloseRound(DateOnly? ClosedOn = null);

/// <summary>
/// The round closed with its minimum met. Carries what figures need (start-up, instrument, opening time,
/// public/private split), so read models never look back into the stream. Equity rounds also carry the
/// post-money valuation and the dilution (raised / post-money, a fraction to 4 places).
/// </summary>
public sealed record RoundClosed(
    Guid StartUpId, string StartUpName, Instrument Instrument, Money Raised, Money PublicMoney, Money PrivateMoney,
    Money? PostMoneyValuation, decimal? Dilution, DateTimeOffset OpenedAt, DateOnly ClosedOn, string By, DateTimeOffset At,
    IReadOnlyList<Guid>? TechnologyIds = null);

public static class CloseRoundDecision
{
    public static IReadOnlyList<object> Decide(Round round, CloseRound command, string by, DateTimeOffset now)
    {
        RoundRules.MustBeOpen(round, "close");
        if (round.Committed < round.Minimum)
            throw new DomainRuleViolationException("minimum-is-met", $"{round.Committed} is committed, below the minimum of {round.Minimum}.", RuleKind.CurrentState);
        var closedOn = command.ClosedOn ?? RoundRules.Today(now);
        if (closedOn > RoundRules.Today(now))
            throw new DomainRuleViolationException("closing-date-is-not-in-the-future", $"The closing date ({closedOn:yyyy-MM-dd}) is in the future.");
        if (closedOn < DateOnly.FromDateTime(round.OpenedAt.UtcDateTime))
            throw new DomainRuleViolationException("closing-date-is-not-before-opening", $"The closing date ({closedOn:yyyy-MM-dd}) is before the round opened.");
        Money? postMoney = round.PreMoneyValuation is { } pre ? pre + round.Committed : null;
        var dilution = postMoney is { } post ? Money.Ratio(round.Committed.Amount, post.Amount, 4) : null;
        return [new RoundClosed(round.StartUpId, round.StartUpName, round.Instrument, round.Committed, round.PublicCommitted, round.PrivateCommitted,
            postMoney, dilution, round.OpenedAt, closedOn, by, now, round.TechnologyIds)];
    }
}
