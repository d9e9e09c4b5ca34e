using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.Licensees;

namespace TechTransfer.Licensing.Api.Licences.SubmitRoyaltyReport;

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

/// <summary>Net sales in one territory, in the licence currency.</summary>
public sealed record SalesInTerritory(string Territory, Money NetSales);

/// <summary>A period's royalty report and the royalty computed on it (see <see cref="RoyaltyCalculation"/>).</summary>
public sealed record RoyaltyReportSubmitted(
    Guid ReportId, DateOnly PeriodStart, DateOnly PeriodEnd, int LicenceYear, IReadOnlyList<SalesInTerritory> Sales, Money NetSales, Money SublicenceIncome,
    Money RoyaltyOnSales, Money SublicenceShareDue, Money MinimumTopUp, Money Due, string? Product, string By, DateTimeOffset At);

/// <summary>The first report with net sales above zero on this licence.</summary>
public sealed record FirstSalesReported(Guid TechnologyId, Guid LicenseeId, string LicenseeName, SizeClass LicenseeSize, string Product, DateOnly FirstSoldOn,
    string By, DateTimeOffset At);

public static class SubmitRoyaltyReportDecision
{
    public static IReadOnlyList<object> Decide(Licence licence, SubmitRoyaltyReport command, string by, DateTimeOffset now, Guid reportId, Guid statementId)
    {
        if (licence.Status == LicenceStatus.Draft)
            throw new DomainRuleViolationException("licence-is-signed", "The licence is not signed: there is nothing to report on.", RuleKind.CurrentState);
        var terms = licence.Terms;
        var today = LicenceRules.Today(now);
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
                today.AddDays(LicenceRules.PaymentDueDays), reportId, by, now),
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
}
