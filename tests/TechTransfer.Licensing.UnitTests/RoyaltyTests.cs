using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.SubmitRoyaltyReport;
using TechTransfer.Licensing.Api.Licensees;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Licensing.UnitTests;

public sealed class RoyaltyTests
{
    private static readonly RoyaltyTierRequest[] Tiers = [new(0m, 5m), new(100_000m, 4m), new(500_000m, 3m)];

    private static SubmitRoyaltyReport Report(DateOnly start, DateOnly end, decimal fr, decimal de = 0m, decimal? sublicence = null, string currency = "EUR") =>
        new(start, end, [new SalesLine("FR", currency, fr), new SalesLine("DE", "EUR", de)], sublicence);

    private static Func<Licence, IReadOnlyList<object>> Submitting(SubmitRoyaltyReport report) =>
        l => SubmitRoyaltyReportDecision.Decide(l, report, "acme", Given.Now, Guid.NewGuid(), Guid.NewGuid());

    /// <summary>The report <paramref name="report"/> submits, billed for what it computes, and the licence after it.</summary>
    private static (Licence Licence, RoyaltyReportSubmitted Report) Submit(Licence licence, SubmitRoyaltyReport report)
    {
        var events = Spec.Given(licence).When(Submitting(report)).Then(events =>
            events.OfType<StatementIssued>().ShouldHaveSingleItem().Amount.ShouldBe(events.OfType<RoyaltyReportSubmitted>().ShouldHaveSingleItem().Due));
        return (Given.Apply(licence, events), events.OfType<RoyaltyReportSubmitted>().Single());
    }

    [Fact]
    public void Marginal_tiers_apply_each_rate_to_the_part_of_the_years_sales_in_its_tier()
    {
        var tiers = LicenceTerms.From(Given.Terms(tiers: Tiers)).RoyaltyTiers;
        RoyaltyCalculation.Earned(0m, tiers).ShouldBe(0m);
        RoyaltyCalculation.Earned(100_000m, tiers).ShouldBe(5_000m);
        RoyaltyCalculation.Earned(600_000m, tiers).ShouldBe(5_000m + 16_000m + 3_000m);
    }

    [Fact]
    public void Reports_of_a_year_move_up_the_tiers_and_add_up_to_the_royalty_on_the_years_total()
    {
        var licence = Given.Signed(Given.Terms(tiers: Tiers));
        (licence, var q1) = Submit(licence, Report(new(2025, 1, 1), new(2025, 3, 31), 80_000m));
        (licence, var q2) = Submit(licence, Report(new(2025, 4, 1), new(2025, 6, 30), 40_000m, 10_000m));
        q1.RoyaltyOnSales.ShouldBe(Given.Eur(4_000m));
        q2.RoyaltyOnSales.ShouldBe(Given.Eur(1_000m + 1_200m)); // 20 000 at 5 %, 30 000 at 4 %
        q2.NetSales.ShouldBe(Given.Eur(50_000m));
        licence.Statements.Where(s => s.Kind == StatementKind.Royalties).Sum(s => s.Amount.Amount).ShouldBe(6_200m);
    }

    [Fact]
    public void Each_report_is_rounded_to_the_cent_half_away_from_zero_without_drift_across_the_year()
    {
        var licence = Given.Signed(Given.Terms(rate: 2.5m));
        // 0.10 × 2.5 % = 0.0025 → 0.00 per report if rounded alone; the year's running total decides instead.
        (licence, var q1) = Submit(licence, Report(new(2025, 1, 1), new(2025, 3, 31), 0.30m)); // 0.0075 → 0.01
        (licence, var q2) = Submit(licence, Report(new(2025, 4, 1), new(2025, 6, 30), 0.30m)); // 0.015 → 0.02, so 0.01 more
        (_, var q3) = Submit(licence, Report(new(2025, 7, 1), new(2025, 9, 30), 0.10m));       // 0.0175 → 0.02, so 0.00 more
        (q1.RoyaltyOnSales.Amount, q2.RoyaltyOnSales.Amount, q3.RoyaltyOnSales.Amount).ShouldBe((0.01m, 0.01m, 0.00m));
    }

    [Fact]
    public void The_minimum_annual_royalty_tops_up_the_report_that_closes_a_complete_licence_year()
    {
        var licence = Given.Signed(Given.Terms(rate: 5m, minimum: 20_000m, sublicensing: true, sublicenceShare: 25m));
        (licence, var q1) = Submit(licence, Report(new(2025, 1, 1), new(2025, 3, 31), 100_000m));
        (licence, _) = Submit(licence, Report(new(2025, 4, 1), new(2025, 6, 30), 100_000m));
        (licence, _) = Submit(licence, Report(new(2025, 7, 1), new(2025, 9, 30), 0m));
        (_, var q4) = Submit(licence, Report(new(2025, 10, 1), new(2025, 12, 31), 50_000m, sublicence: 8_000m));
        q1.MinimumTopUp.Amount.ShouldBe(0m);
        q4.RoyaltyOnSales.ShouldBe(Given.Eur(2_500m));
        q4.SublicenceShareDue.ShouldBe(Given.Eur(2_000m));
        q4.MinimumTopUp.ShouldBe(Given.Eur(7_500m)); // 20 000 − (5 000 + 5 000 + 0 + 2 500): the sublicence share does not count
        q4.Due.ShouldBe(Given.Eur(12_000m));
    }

    [Fact]
    public void A_licence_year_cut_short_by_the_end_date_owes_no_minimum()
    {
        var licence = Given.Signed(Given.Terms(minimum: 20_000m, endsOn: new DateOnly(2025, 11, 30)));
        var last = ReportingPeriods.Of(licence.Terms).Last();
        (last.Start, last.End, last.ClosesLicenceYear).ShouldBe((new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 30), false));
        Submit(licence, Report(last.Start, last.End, 1_000m)).Report.MinimumTopUp.Amount.ShouldBe(0m);
    }

    [Fact]
    public void Reports_are_for_an_ended_reporting_period_once_in_the_licence_currency_and_territory()
    {
        var signed = Given.Signed();
        var licence = Spec.Given(signed);
        licence.When(Submitting(Report(new(2025, 1, 1), new(2025, 2, 28), 1m))).ThenRefused("period-is-a-reporting-period");
        licence.When(Submitting(Report(new(2026, 1, 1), new(2026, 3, 31), 1m))).ThenRefused("period-has-ended");
        licence.When(Submitting(Report(new(2025, 1, 1), new(2025, 3, 31), 1m, currency: "CHF"))).ThenRefused("sales-in-the-licence-currency");
        licence.When(Submitting(new SubmitRoyaltyReport(new(2025, 1, 1), new(2025, 3, 31), [new SalesLine("US", "EUR", 1m)]))).ThenRefused("sales-in-the-licensed-territory");
        licence.When(Submitting(Report(new(2025, 1, 1), new(2025, 3, 31), 1m, sublicence: 5m))).ThenRefused("sublicensing-is-allowed");
        Spec.Given(Given.Draft()).When(Submitting(Report(new(2025, 1, 1), new(2025, 3, 31), 1m))).ThenRefused("licence-is-signed");
        var (reported, _) = Submit(signed, Report(new(2025, 1, 1), new(2025, 3, 31), 1m));
        Spec.Given(reported).When(Submitting(Report(new(2025, 1, 1), new(2025, 3, 31), 1m))).ThenRefused("period-is-reported-once");
    }

    [Fact]
    public void The_first_report_with_sales_reports_first_commercial_sales_once()
    {
        var licence = Given.Signed();
        var none = Spec.Given(licence).When(Submitting(Report(new(2025, 1, 1), new(2025, 3, 31), 0m)))
            .Then(events => events.OfType<FirstSalesReported>().ShouldBeEmpty());
        licence = Given.Apply(licence, none);
        var first = Spec.Given(licence).When(Submitting(Report(new(2025, 4, 1), new(2025, 6, 30), 10m) with { Product = "QD-1 detector" }))
            .Then(events => events.OfType<FirstSalesReported>().ShouldHaveSingleItem()
                .ShouldBe(new FirstSalesReported(Given.TechnologyId, Given.Licensee.Id, "Acme Sensors SARL", SizeClass.Small, "QD-1 detector", new DateOnly(2025, 4, 1), "acme",
                    Given.Now)));
        Spec.Given(Given.Apply(licence, first)).When(Submitting(Report(new(2025, 7, 1), new(2025, 9, 30), 10m)))
            .Then(events => events.OfType<FirstSalesReported>().ShouldBeEmpty());
    }

    [Fact]
    public void Reports_past_due_and_missing_show_up_as_overdue()
    {
        var licence = Given.Signed(Given.Terms(startsOn: new DateOnly(2025, 7, 1)));
        (licence, _) = Submit(licence, Report(new(2025, 7, 1), new(2025, 9, 30), 1m));
        // Q2 (Oct–Dec 2025) was due on 30 January 2026; Q3 (Jan–Mar 2026) is not over yet.
        ReportingPeriods.Overdue(licence, Given.Today).Select(p => (p.Start, p.DueOn)).ShouldBe([(new DateOnly(2025, 10, 1), new DateOnly(2026, 1, 30))]);
    }
}

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData(ReportingFrequency.Quarterly, 4)]
    [InlineData(ReportingFrequency.SemiAnnual, 2)]
    [InlineData(ReportingFrequency.Annual, 1)]
    public void Periods_follow_each_other_from_the_start_and_only_the_last_of_a_licence_year_closes_it(ReportingFrequency frequency, int perYear)
    {
        var terms = LicenceTerms.From(Given.Terms(startsOn: new DateOnly(2025, 2, 15), endsOn: new DateOnly(2027, 2, 14), frequency: frequency));
        var periods = ReportingPeriods.Of(terms).ToList();
        periods.Count.ShouldBe(2 * perYear);
        periods[0].Start.ShouldBe(new DateOnly(2025, 2, 15));
        periods.Zip(periods.Skip(1)).ShouldAllBe(p => p.Second.Start == p.First.End.AddDays(1));
        periods.Where(p => p.ClosesLicenceYear).Select(p => p.End).ShouldBe([new DateOnly(2026, 2, 14), new DateOnly(2027, 2, 14)]);
        periods.Last().LicenceYear.ShouldBe(2);
    }

    [Fact]
    public void A_termination_cuts_the_periods_short() =>
        ReportingPeriods.Of(LicenceTerms.From(Given.Terms()), new DateOnly(2025, 5, 10)).Select(p => p.End)
            .ShouldBe([new DateOnly(2025, 3, 31), new DateOnly(2025, 5, 10)]);
}

public sealed class RemoteTechnologyTests
{
    [Fact]
    public void What_Disclosures_answers_is_kept_as_the_same_facts_the_consumers_keep_and_nothing_else()
    {
        var id = Guid.NewGuid();
        var remote = new TechTransfer.Licensing.Api.KnownTechnologies.Remote.RemoteTechnology(id, "Quench detector", "CERN", "magnets", Given.Now,
            [new(Given.InventorA, 100m)], new([new("CERN", "Facility", 100m)], "AGR", Given.Now), new("Fast quench protection", Given.Now), null);
        var facts = TechTransfer.Licensing.Api.KnownTechnologies.Remote.RemoteFacts.From(remote, Given.Now);
        var known = facts.Compose(id)!;
        (known.Marketed, known.OwnershipAgreed, known.Abandoned, known.PublicName, known.Owners.Single().IsFacility).ShouldBe((true, true, false, "Fast quench protection", true));
        known.Inventors.ShouldBe([new TechTransfer.Licensing.Api.KnownTechnologies.InventorPart(Given.InventorA, 100m)]);
    }
}
