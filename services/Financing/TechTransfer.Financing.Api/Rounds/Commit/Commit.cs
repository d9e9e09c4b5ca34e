using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Financing.Api.Investors;

namespace TechTransfer.Financing.Api.Rounds.Commit;

/// <summary>Commit money to a round (request body). A partner system commits for its own investor and may omit the id.</summary>
public sealed record Commit(
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Amount,
    [Required, StringLength(3, MinimumLength = 3)] string Currency,
    Guid? InvestorId = null);

/// <summary>An investor committed money to the round. Its money source is copied in: leverage never depends on a later edit.</summary>
public sealed record CommitmentMade(Guid CommitmentId, Guid InvestorId, string InvestorName, MoneySource Source, Money Amount, string By, DateTimeOffset At);

public static class CommitDecision
{
    public static IReadOnlyList<object> Decide(Round round, Commit command, Investor? investor, string by, DateTimeOffset now, Guid commitmentId)
    {
        RoundRules.MustBeOpen(round, "commit to");
        if (RoundRules.Today(now) > round.Deadline)
            throw new DomainRuleViolationException("deadline-has-not-passed", $"The round's deadline ({round.Deadline:yyyy-MM-dd}) has passed.", RuleKind.CurrentState);
        if (investor is null)
            throw new DomainRuleViolationException("investor-is-known", $"No investor {command.InvestorId} is registered.");
        var currency = Money.CurrencyCode(command.Currency);
        if (currency != round.Currency)
            throw new DomainRuleViolationException("commitment-in-the-round-currency", $"The round is in {round.Currency}; commit in {round.Currency}, not {currency}.");
        var amount = Money.Of(command.Amount ?? 0m, currency, "commitment");
        if (round.Cap is { } cap && round.Committed + amount > cap)
            throw new DomainRuleViolationException("commitments-stay-within-the-cap",
                $"{amount} would bring the round to {round.Committed + amount}, over its cap of {cap} ({cap - round.Committed} left).", RuleKind.CurrentState);
        return [new CommitmentMade(commitmentId, investor.Id, investor.Name, investor.Source, amount, by, now)];
    }
}
