using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.RevenueSharing.CoOwners.RecordPayout;

/// <summary>Record money paid out to a co-owner (request body): the amount, its currency, the day and the bank or ledger reference.</summary>
public sealed record RecordPayout(
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Amount,
    [Required, StringLength(200, MinimumLength = 2)] string Reference,
    [StringLength(3, MinimumLength = 3)] string? Currency = null,
    DateOnly? PaidOn = null);

public sealed record CoOwnerPaidOut(Guid PayoutId, string Owner, Money Amount, DateOnly PaidOn, string Reference, string By, DateTimeOffset At);

/// <summary>An owner as the payments named it (its name as first heard, its kind).</summary>
public sealed record OwnerIdentity(string Name, string Kind)
{
    public bool IsFacility => string.Equals(Kind, "facility", StringComparison.OrdinalIgnoreCase);
}

public static class RecordPayoutDecision
{
    /// <summary>
    /// A payout to a co-owner never exceeds what it is owed and not yet paid out, in that currency (owed only grows, so deciding on a
    /// slightly older total is safe; two payouts at once are serialised by the account stream). Only co-owners are paid out this way:
    /// the facility's own part is shared by its policy.
    /// </summary>
    public static IReadOnlyList<object> Decide(CoOwnerAccount? account, OwnerIdentity owner, Money owed, RecordPayout command, Guid payoutId, DateOnly today, string by,
        DateTimeOffset now)
    {
        if (owner.IsFacility)
            throw new DomainRuleViolationException("payout-is-to-a-co-owner", $"{owner.Name} is the facility: its part is shared by its revenue-sharing policy, not paid out.");
        var amount = Money.Of(command.Amount ?? 0m, command.Currency ?? owed.Currency, "payout");
        var paidOn = command.PaidOn ?? today;
        if (paidOn > today) throw new DomainRuleViolationException("payout-date-is-not-in-the-future", $"The payout date ({paidOn:yyyy-MM-dd}) is in the future.");
        if (string.IsNullOrWhiteSpace(command.Reference)) throw new DomainRuleViolationException("payout-has-a-reference", "Give the bank transfer or ledger reference of the payout.");
        var remaining = (amount.Currency == owed.Currency ? owed : Money.Zero(amount.Currency)) - (account?.PaidOutIn(amount.Currency) ?? Money.Zero(amount.Currency));
        if (amount > remaining)
            throw new DomainRuleViolationException("payout-does-not-exceed-what-is-owed",
                $"{amount} is more than the {remaining} {owner.Name} is owed and has not been paid out.", RuleKind.CurrentState);
        return [new CoOwnerPaidOut(payoutId, owner.Name, amount, paidOn, command.Reference.Trim(), by, now)];
    }
}
