using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.RevenueSharing;
using TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;
using TechTransfer.Licensing.Api.RevenueSharing.Policies;

namespace TechTransfer.Licensing.Api.Licences.RecordPayment;

public sealed record RecordPayment(
    [Required] Guid? StatementId,
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Amount,
    [StringLength(3, MinimumLength = 3)] string? Currency = null,
    DateOnly? PaidOn = null);

/// <summary>A payment received against a statement, split into running royalties and other income by the statement's kind.</summary>
public sealed record PaymentRecorded(Guid PaymentId, Guid StatementId, Guid TechnologyId, Guid LicenseeId, string Facility, Money Amount,
    Money RunningRoyalties, Money OtherIncome, DateOnly PaidOn, string By, DateTimeOffset At);

/// <summary>
/// How one payment was shared (see <see cref="RevenueSplit"/>): among the IP owners, then the facility's part under the policy in
/// force on the day received. The fields after <see cref="Inventors"/> were added with policies (issue 12): events recorded before them have none
/// (they were shared with the whole facility part to the inventors).
/// </summary>
public sealed record RevenueShared(Guid PaymentId, Guid TechnologyId, int Year, DateOnly PaidOn, Money Amount,
    IReadOnlyList<OwnerIncome> Owners, Money FacilityPart, Money InventorsPool, Money FacilityKeeps,
    IReadOnlyList<InventorIncome> Inventors, string By, DateTimeOffset At,
    string? Facility = null, PolicyRef? Policy = null, Money? PatentCostsRecovered = null, Money? FacilityNet = null,
    IReadOnlyList<TierPortion>? Tiers = null, IReadOnlyList<BeneficiaryIncome>? Beneficiaries = null,
    IReadOnlyList<string>? Explanation = null);

/// <summary>
/// A payment's facility part was shared under a policy: what it recovered of the patent costs and the net income
/// shared, counted in the calendar year it was received (the tiers' cumulative basis). Appended to the technology's
/// ledger (<see cref="TechnologyLedger"/>), in the payment's transaction.
/// </summary>
public sealed record FacilityIncomeShared(Guid PaymentId, Guid LicenceId, Guid TechnologyId, int Year, Money PatentCostsRecovered, Money Net, string By, DateTimeOffset At);

public static class RecordPaymentDecision
{
    /// <summary>
    /// Records a payment and shares it under the facility's policy in force on the day it was received, against the technology's ledger as
    /// committed (patent costs not yet recovered, the year's income so far); <see cref="LedgerEvents"/> gives what the ledger records of it.
    /// </summary>
    public static IReadOnlyList<object> Decide(Licence licence, RecordPayment command, KnownTechnology? technology, FacilityPolicies? policies,
        TechnologyLedger? ledger, string by, DateTimeOffset now, Guid paymentId)
    {
        var statement = licence.Statements.FirstOrDefault(s => s.Id == command.StatementId) ?? throw new NotFoundException("Statement", command.StatementId!);
        var currency = Money.CurrencyCode(command.Currency ?? statement.Amount.Currency);
        if (currency != statement.Amount.Currency)
            throw new DomainRuleViolationException("payment-in-the-statement-currency", $"The statement is in {statement.Amount.Currency}; a payment in {currency} is not converted.");
        var amount = Money.Of(command.Amount ?? 0m, currency, "payment");
        if (amount > statement.Outstanding)
            throw new DomainRuleViolationException("payment-does-not-exceed-what-is-due",
                $"{amount} is more than the {statement.Outstanding} outstanding on the statement.", RuleKind.CurrentState);
        var paidOn = command.PaidOn ?? LicenceRules.Today(now);
        if (paidOn > LicenceRules.Today(now))
            throw new DomainRuleViolationException("payment-date-is-not-in-the-future", $"The payment date ({paidOn:yyyy-MM-dd}) is in the future.");
        var facility = licence.Facility ?? technology?.Facility ?? "";
        var policy = policies?.InForceOn(paidOn) ?? Policy.Default(facility);
        var position = new LedgerPosition(ledger?.Unrecovered(currency) ?? Money.Zero(currency), ledger?.NetIn(paidOn.Year, currency) ?? Money.Zero(currency));
        var split = RevenueSplit.Of(amount, technology?.Owners ?? [], technology?.Inventors ?? [], policy, position);

        var running = statement.Kind == StatementKind.Royalties ? amount : Money.Zero(currency);
        return
        [
            new PaymentRecorded(paymentId, statement.Id, licence.TechnologyId, licence.LicenseeId, facility, amount, running, amount - running, paidOn, by, now),
            new RevenueShared(paymentId, licence.TechnologyId, paidOn.Year, paidOn, amount, split.Owners, split.FacilityPart, split.InventorsPool, split.FacilityKeeps,
                split.Inventors, by, now, facility, split.Policy, split.PatentCostsRecovered, split.FacilityNet, split.Tiers, split.Beneficiaries, split.Explanation),
        ];
    }

    /// <summary>What the technology's ledger records of a payment's sharing: the patent costs it recovered and the net income it counts for the year's tiers.</summary>
    public static IReadOnlyList<object> LedgerEvents(Guid licenceId, IReadOnlyList<object> events) =>
        [.. events.OfType<RevenueShared>().Select(r => new FacilityIncomeShared(r.PaymentId, licenceId, r.TechnologyId, r.Year,
            r.PatentCostsRecovered ?? Money.Zero(r.Amount.Currency), r.FacilityNet ?? r.FacilityPart, r.By, r.At))];
}
