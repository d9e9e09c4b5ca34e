using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.ReportingSchedule;
using TechTransfer.Licensing.Api.Licences.SubmitRoyaltyReport;

namespace TechTransfer.Licensing.UnitTests;

/// <summary>The schedule a licensee (and the sample loader) reports on: every period with its due date and where it stands on a day.</summary>
public sealed class ReportingScheduleTests
{
    private static readonly LicenceTermsRequest FromThe31st = Given.Terms(startsOn: new DateOnly(2025, 8, 31), endsOn: new DateOnly(2027, 8, 30));

    [Fact]
    public void Periods_from_a_31st_follow_the_start_date_not_the_previous_period()
    {
        var schedule = ReportingScheduleEndpoint.Schedule(Given.Signed(FromThe31st, new DateOnly(2025, 9, 1)), new DateOnly(2026, 12, 1));

        schedule.Select(p => (p.Start, p.End)).Take(5).ShouldBe(
        [
            (new DateOnly(2025, 8, 31), new DateOnly(2025, 11, 29)),
            (new DateOnly(2025, 11, 30), new DateOnly(2026, 2, 27)),
            (new DateOnly(2026, 2, 28), new DateOnly(2026, 5, 30)),
            (new DateOnly(2026, 5, 31), new DateOnly(2026, 8, 30)),
            (new DateOnly(2026, 8, 31), new DateOnly(2026, 11, 29)),
        ]);
        schedule[^1].End.ShouldBe(new DateOnly(2027, 8, 30));
        schedule.ShouldAllBe(p => p.DueOn == p.End.AddDays(30));
    }

    [Fact]
    public void A_period_is_upcoming_until_it_ends_due_for_thirty_days_then_overdue_and_reported_once_a_report_names_it()
    {
        var licence = Given.Signed(FromThe31st, new DateOnly(2025, 9, 1));
        var first = ReportingPeriods.Of(licence.Terms).First();

        StatusOn(licence, first.End).ShouldBe(PeriodStatus.Upcoming);
        StatusOn(licence, first.End.AddDays(1)).ShouldBe(PeriodStatus.Due);
        StatusOn(licence, first.DueOn).ShouldBe(PeriodStatus.Due);
        StatusOn(licence, first.DueOn.AddDays(1)).ShouldBe(PeriodStatus.Overdue);

        var reportedOn = first.End.AddDays(3);
        var reported = Given.Apply(licence, SubmitRoyaltyReportDecision.Decide(licence, new SubmitRoyaltyReport(first.Start, first.End, [new SalesLine("FR", "EUR", 1_000m)]),
            "licensee", new DateTimeOffset(reportedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), Guid.NewGuid(), Guid.NewGuid()));
        StatusOn(reported, first.DueOn.AddDays(1)).ShouldBe(PeriodStatus.Reported);
        ReportingScheduleEndpoint.Schedule(reported, first.DueOn).First().ReportId.ShouldBe(reported.Reports.Single().ReportId);
    }

    private static PeriodStatus StatusOn(Licence licence, DateOnly today) => ReportingScheduleEndpoint.Schedule(licence, today).First().Status;
}
