using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.SubmitRoyaltyReport;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Licensing.UnitTests;

/// <summary>
/// The minimum annual royalty on licences started on every day of 2024–2028: each complete licence year (from one
/// anniversary of the start to the day before the next) is topped up once, to the minimum, on the report that closes
/// it; a licence year cut short by the end date never is. A period can be reported from the day after it ends.
/// </summary>
public sealed class MinimumRoyaltyCalendarTests
{
    private const decimal Minimum = 1_000m;
    private const decimal SalesPerReport = 6_000m; // 300 at 5 %: quarterly years pass the minimum, semi-annual and annual ones fall short

    private static SubmitRoyaltyReport Report(ReportingPeriod p) => new(p.Start, p.End, [new SalesLine("FR", "EUR", SalesPerReport)]);

    /// <summary>Every period of the term reported, in order, the day after the term ends.</summary>
    private static List<RoyaltyReportSubmitted> ReportEverything(DateOnly start, DateOnly ends, ReportingFrequency frequency)
    {
        var licence = Given.Signed(Given.Terms(startsOn: start, endsOn: ends, frequency: frequency, minimum: Minimum), signedOn: start);
        var now = Days.StartOf(ends.AddDays(1));
        var reports = new List<RoyaltyReportSubmitted>();
        foreach (var period in ReportingPeriods.Of(licence.Terms).ToList())
        {
            var events = SubmitRoyaltyReportDecision.Decide(licence, Report(period), "acme", now, Guid.NewGuid(), Guid.NewGuid());
            reports.Add(events.OfType<RoyaltyReportSubmitted>().Single());
            licence = Given.Apply(licence, events);
        }
        return reports;
    }

    [Theory]
    [MemberData(nameof(ReportingPeriodCalendarTests.Frequencies), MemberType = typeof(ReportingPeriodCalendarTests))]
    public void Each_complete_licence_year_is_topped_up_once_to_the_minimum(ReportingFrequency frequency)
    {
        Days.Each(start =>
        {
            var reports = ReportEverything(start, Days.Anniversary(start, 3).AddDays(-1), frequency);
            for (var n = 1; n <= 3; n++)
            {
                DateOnly from = Days.Anniversary(start, n - 1), until = Days.Anniversary(start, n);
                var year = reports.Where(r => r.PeriodStart >= from && r.PeriodEnd < until).ToList();
                year.ShouldNotBeEmpty($"licence year {n} ({from:yyyy-MM-dd}–{until.AddDays(-1):yyyy-MM-dd}) has reports");
                year.All(r => r.LicenceYear == n).ShouldBeTrue($"reports within {from:yyyy-MM-dd}–{until.AddDays(-1):yyyy-MM-dd} count in licence year {n}");
                var onSales = year.Sum(r => r.RoyaltyOnSales.Amount);
                year.Sum(r => r.MinimumTopUp.Amount).ShouldBe(Math.Max(0m, Minimum - onSales), $"licence year {n}'s top-up");
                year.Where(r => r.MinimumTopUp.Amount > 0m).All(r => r.PeriodEnd == until.AddDays(-1)).ShouldBeTrue(
                    $"licence year {n} is topped up only by the report ending on its last day, {until.AddDays(-1):yyyy-MM-dd}");
            }
        });
    }

    [Theory]
    [MemberData(nameof(ReportingPeriodCalendarTests.Frequencies), MemberType = typeof(ReportingPeriodCalendarTests))]
    public void A_licence_year_cut_short_owes_no_minimum(ReportingFrequency frequency)
    {
        Days.Each(start =>
        {
            var reports = ReportEverything(start, Days.Anniversary(start, 2).AddDays(-2), frequency);
            var second = reports.Where(r => r.PeriodStart >= Days.Anniversary(start, 1)).ToList();
            second.ShouldNotBeEmpty();
            second.Sum(r => r.MinimumTopUp.Amount).ShouldBe(0m, "the second licence year ends a day short of its anniversary");
            reports.Where(r => r.PeriodEnd < Days.Anniversary(start, 1)).Sum(r => r.MinimumTopUp.Amount)
                .ShouldBe(Math.Max(0m, Minimum - reports.Where(r => r.PeriodEnd < Days.Anniversary(start, 1)).Sum(r => r.RoyaltyOnSales.Amount)),
                    "the first, complete, licence year is still topped up");
        });
    }

    [Fact]
    public void A_period_can_be_reported_from_the_day_after_it_ends()
    {
        Days.Each(start =>
        {
            var licence = Given.Signed(Given.Terms(startsOn: start, endsOn: Days.Anniversary(start, 1).AddDays(-1), minimum: Minimum), signedOn: start);
            var first = ReportingPeriods.Of(licence.Terms).First();
            Should.Throw<DomainRuleViolationException>(() => SubmitRoyaltyReportDecision.Decide(licence, Report(first), "acme", Days.EndOf(first.End), Guid.NewGuid(), Guid.NewGuid()))
                .Rule.ShouldBe("period-has-ended", $"on its last day, {first.End:yyyy-MM-dd}, the period has not ended");
            SubmitRoyaltyReportDecision.Decide(licence, Report(first), "acme", Days.StartOf(first.End.AddDays(1)), Guid.NewGuid(), Guid.NewGuid())
                .OfType<RoyaltyReportSubmitted>().ShouldHaveSingleItem();
        });
    }
}
