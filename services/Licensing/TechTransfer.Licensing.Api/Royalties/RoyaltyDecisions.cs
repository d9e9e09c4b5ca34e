using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.RevenueSharing;
using TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;
using TechTransfer.Licensing.Api.RevenueSharing.Policies;

namespace TechTransfer.Licensing.Api.Royalties;

public sealed record SalesLine(
    [Required, StringLength(2, MinimumLength = 2)] string Territory,
    [Required, StringLength(3, MinimumLength = 3)] string Currency,
    [Required, Range(typeof(decimal), "0", "100000000000")] decimal? NetSales);

/// <summary>
/// A period's royalty report (request body): net sales per territory and currency (the licence's currency: nothing is
/// converted), sublicence income, and, with the first sales, the product sold and the day it was first sold.
/// </summary>
public sealed record SubmitRoyaltyReport(
    [Required] DateOnly? PeriodStart,
    [Required] DateOnly? PeriodEnd,
    [Required, MaxLength(250)] IReadOnlyList<SalesLine> Sales,
    [Range(typeof(decimal), "0", "100000000000")] decimal? SublicenceIncome = null,
    [StringLength(200)] string? Product = null,
    DateOnly? FirstSoldOn = null);

public sealed record RecordPayment(
    [Required] Guid? StatementId,
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Amount,
    [StringLength(3, MinimumLength = 3)] string? Currency = null,
    DateOnly? PaidOn = null);

public static class RoyaltyDecisions
{
    public static IReadOnlyList<object> SubmitReport(Licence licence, SubmitRoyaltyReport command, string by, DateTimeOffset now, Guid reportId, Guid statementId)
    {
        if (licence.Status == LicenceStatus.Draft)
            throw new DomainRuleViolationException("licence-is-signed", "The licence is not signed: there is nothing to report on.", RuleKind.CurrentState);
        var terms = licence.Terms;
        var today = LicenceDecisions.Today(now);
        var period = ReportingPeriods.Of(terms, licence.EndedOn).FirstOrDefault(p => p.Start == command.PeriodStart && p.End == command.PeriodEnd)
            ?? throw new DomainRuleViolationException("period-is-a-reporting-period",
                $"{command.PeriodStart:yyyy-MM-dd}–{command.PeriodEnd:yyyy-MM-dd} is not one of this licence's {terms.ReportingFrequency.ToString().ToLowerInvariant()} reporting periods "
                + $"(the first is {ReportingPeriods.Of(terms).First().Start:yyyy-MM-dd}–{ReportingPeriods.Of(terms).First().End:yyyy-MM-dd}).");
        if (period.End >= today)
            throw new DomainRuleViolationException("period-has-ended", $"The period ends on {period.End:yyyy-MM-dd}; report once it has ended.");
        if (licence.Reports.Any(r => r.PeriodStart == period.Start))
            throw new DomainRuleViolationException("period-is-reported-once", "This period was already reported.", RuleKind.CurrentState);

        var sales = command.Sales.Select(line =>
        {
            var currency = Money.CurrencyCode(line.Currency);
            if (currency != terms.Currency)
                throw new DomainRuleViolationException("sales-in-the-licence-currency",
                    $"Net sales in {line.Territory} are in {currency}; report them in the licence currency, {terms.Currency} (tiers and the minimum are in it; nothing is converted).");
            var territory = Countries.Code(line.Territory, "sales territory");
            if (!terms.Worldwide && !terms.Countries.Contains(territory))
                throw new DomainRuleViolationException("sales-in-the-licensed-territory", $"{territory} is outside the licensed territory ({terms.TerritoryText}).");
            var amount = line.NetSales ?? 0m;
            if (amount < 0m) throw new DomainRuleViolationException("net-sales-are-not-negative", $"Net sales in {territory} are negative.");
            if (decimal.Round(amount, Money.MinorUnits[currency]) != amount)
                throw new DomainRuleViolationException("amount-fits-the-currency", $"Net sales in {territory} have more decimals than {currency} allows; amounts are never rounded.");
            return new SalesInTerritory(territory, new Money(amount, currency));
        }).ToList();
        if (sales.Select(s => s.Territory).Distinct().Count() != sales.Count)
            throw new DomainRuleViolationException("territory-is-reported-once", "A territory appears twice in the report; give one line per territory.");

        var sublicenceIncome = command.SublicenceIncome ?? 0m;
        if (sublicenceIncome > 0m && !terms.SublicensingAllowed)
            throw new DomainRuleViolationException("sublicensing-is-allowed", "The licence does not allow sublicensing, yet sublicence income is reported.");
        if (sublicenceIncome > 0m) Money.Of(sublicenceIncome, terms.Currency, "sublicence income");

        var netSales = sales.Aggregate(Money.Zero(terms.Currency), (sum, s) => sum + s.NetSales);
        var sameYear = licence.Reports.Where(r => r.LicenceYear == period.LicenceYear).ToList();
        var due = RoyaltyCalculation.Compute(terms, sameYear.Sum(r => r.NetSales.Amount), sameYear.Sum(r => r.RoyaltyOnSales.Amount), netSales.Amount,
            sublicenceIncome, period.ClosesLicenceYear);

        List<object> events =
        [
            new RoyaltyReportSubmitted(reportId, period.Start, period.End, period.LicenceYear, sales, netSales, new Money(sublicenceIncome, terms.Currency),
                due.OnSales, due.SublicenceShare, due.MinimumTopUp, due.Total, command.Product?.Trim(), by, now),
            new StatementIssued(statementId, StatementKind.Royalties, $"Royalties {period.Start:yyyy-MM-dd}–{period.End:yyyy-MM-dd}", due.Total, today,
                today.AddDays(LicenceDecisions.PaymentDueDays), reportId, by, now),
        ];
        if (licence.FirstSoldOn is null && netSales.Amount > 0m)
        {
            var firstSoldOn = command.FirstSoldOn ?? period.Start;
            if (firstSoldOn < period.Start || firstSoldOn > period.End)
                throw new DomainRuleViolationException("first-sale-is-in-the-period", $"The first sale ({firstSoldOn:yyyy-MM-dd}) must fall in the reported period.");
            var product = string.IsNullOrWhiteSpace(command.Product) ? $"{licence.TechnologyTitle ?? "licensed technology"} ({terms.FieldOfUseText})" : command.Product.Trim();
            events.Add(new FirstSalesReported(licence.TechnologyId, licence.LicenseeId, licence.LicenseeName, licence.LicenseeSize, product, firstSoldOn, by, now));
        }
        return events;
    }

    /// <summary>
    /// Records a payment and shares it under the facility's policy in force on the day it was received, against the technology's ledger as
    /// committed (patent costs not yet recovered, the year's income so far); <see cref="LedgerEvents"/> gives what the ledger records of it.
    /// </summary>
    public static IReadOnlyList<object> RecordPayment(Licence licence, RecordPayment command, KnownTechnology? technology, FacilityPolicies? policies,
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
        var paidOn = command.PaidOn ?? LicenceDecisions.Today(now);
        if (paidOn > LicenceDecisions.Today(now))
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
