using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Licensing.UnitTests;

/// <summary>
/// Reporting periods and licence years started on every day of 2024–2028, for terms of 1, 3 and 8 years and each
/// reporting frequency, against the rule stated independently (<see cref="Days"/>): period k runs from start + k·f
/// months to the day before start + (k+1)·f months, the last one stops on the end date; licence year n runs from the
/// (n−1)-th anniversary of the start to the day before the n-th; a report is due 30 days after its period ends.
/// </summary>
public sealed class ReportingPeriodCalendarTests
{
    public static readonly TheoryData<ReportingFrequency, int> FrequencyAndTerm = new()
    {
        { ReportingFrequency.Quarterly, 1 }, { ReportingFrequency.Quarterly, 3 }, { ReportingFrequency.Quarterly, 8 },
        { ReportingFrequency.SemiAnnual, 1 }, { ReportingFrequency.SemiAnnual, 3 }, { ReportingFrequency.SemiAnnual, 8 },
        { ReportingFrequency.Annual, 1 }, { ReportingFrequency.Annual, 3 }, { ReportingFrequency.Annual, 8 },
    };

    public static readonly TheoryData<ReportingFrequency> Frequencies = new(Enum.GetValues<ReportingFrequency>());

    /// <summary>The frequency's months, and the fewest and most days that many consecutive calendar months can hold.</summary>
    internal static (int Months, int FewestDays, int MostDays) Span(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Quarterly => (3, 89, 92),   // Feb–Apr of a common year … Jul–Sep
        ReportingFrequency.SemiAnnual => (6, 181, 184), // Sep–Feb of a common year … Mar–Aug
        ReportingFrequency.Annual => (12, 365, 366),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };

    internal static LicenceTerms Terms(DateOnly starts, DateOnly ends, ReportingFrequency frequency, decimal? minimum = null) =>
        LicenceTerms.From(Given.Terms(startsOn: starts, endsOn: ends, frequency: frequency, minimum: minimum));

    [Theory]
    [MemberData(nameof(FrequencyAndTerm))]
    public void Periods_tile_the_term_from_the_start_date_to_the_end_date(ReportingFrequency frequency, int years)
    {
        var (months, fewest, most) = Span(frequency);
        Days.Each(start =>
        {
            var ends = Days.Anniversary(start, years).AddDays(-1);
            var periods = ReportingPeriods.Of(Terms(start, ends, frequency)).ToList();
            periods.Count.ShouldBe(years * 12 / months, "periods in the term");
            periods[0].Start.ShouldBe(start, "the first period starts on the start date");
            periods[^1].End.ShouldBe(ends, "the last period ends on the end date");
            for (var k = 0; k < periods.Count; k++)
            {
                var p = periods[k];
                Days.Is(p.Start, Days.MonthsAfter(start, k * months), () => $"period {k + 1} starts {k * months} months after the start");
                Days.Is(p.End, Days.MonthsAfter(start, (k + 1) * months).AddDays(-1), () => $"period {k + 1} ends the day before the next one starts");
                if (k > 0) Days.Is(p.Start, periods[k - 1].End.AddDays(1), () => $"period {k + 1} follows period {k} without gap or overlap");
                var length = p.End.DayNumber - p.Start.DayNumber + 1;
                Days.Is(length >= fewest && length <= most, true, () => $"period {k + 1} ({p.Start:yyyy-MM-dd}–{p.End:yyyy-MM-dd}, {length} days) is {months} months long");
                Days.Is(p.DueOn.DayNumber - p.End.DayNumber, 30, () => $"period {k + 1}'s report is due 30 days after it ends");
            }
        });
    }

    [Theory]
    [MemberData(nameof(FrequencyAndTerm))]
    public void Licence_year_n_starts_on_the_nth_anniversary_and_only_its_last_period_closes_it(ReportingFrequency frequency, int years)
    {
        Days.Each(start =>
        {
            var periods = ReportingPeriods.Of(Terms(start, Days.Anniversary(start, years).AddDays(-1), frequency)).ToList();
            foreach (var p in periods)
            {
                DateOnly yearStarts = Days.Anniversary(start, p.LicenceYear - 1), nextYear = Days.Anniversary(start, p.LicenceYear);
                Days.Is(p.Start >= yearStarts && p.End < nextYear, true,
                    () => $"{p.Start:yyyy-MM-dd}–{p.End:yyyy-MM-dd} is in licence year {p.LicenceYear}, {yearStarts:yyyy-MM-dd}–{nextYear.AddDays(-1):yyyy-MM-dd}");
                Days.Is(p.ClosesLicenceYear, p.End == nextYear.AddDays(-1),
                    () => $"{p.Start:yyyy-MM-dd}–{p.End:yyyy-MM-dd} closes licence year {p.LicenceYear} iff it ends on its last day");
            }
            periods.Where(p => p.ClosesLicenceYear).Select(p => p.LicenceYear).ShouldBe(Enumerable.Range(1, years), "each complete licence year is closed once");
            periods.Where(p => p.ClosesLicenceYear).Select(p => p.End.AddDays(1)).ShouldBe(Enumerable.Range(1, years).Select(n => Days.Anniversary(start, n)),
                "a licence year closes on the day before an anniversary");
        });
    }

    [Theory]
    [MemberData(nameof(Frequencies))]
    public void A_licence_year_cut_short_by_a_day_is_never_closed(ReportingFrequency frequency)
    {
        Days.Each(start =>
        {
            var ends = Days.Anniversary(start, 3).AddDays(-2); // the third licence year lacks its last day
            var periods = ReportingPeriods.Of(Terms(start, ends, frequency)).ToList();
            periods[^1].End.ShouldBe(ends);
            periods[^1].LicenceYear.ShouldBe(3);
            periods[^1].ClosesLicenceYear.ShouldBeFalse("the last period stops a day short of the licence year's end");
            periods.Where(p => p.ClosesLicenceYear).Select(p => p.LicenceYear).ShouldBe([1, 2]);
        });
    }

    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(2024, 1, 31)]
    [InlineData(2024, 8, 31)]
    [InlineData(2024, 12, 31)]
    [InlineData(2025, 3, 1)]
    public void A_termination_on_any_day_stops_the_periods_that_day(int y, int m, int d)
    {
        var start = new DateOnly(y, m, d);
        var ends = Days.Anniversary(start, 3).AddDays(-1);
        foreach (var frequency in Enum.GetValues<ReportingFrequency>())
        {
            var terms = Terms(start, ends, frequency);
            var full = ReportingPeriods.Of(terms).ToList();
            Days.Each(Days.From(start, ends), endedOn =>
            {
                var cut = ReportingPeriods.Of(terms, endedOn).ToList();
                Days.Is(cut[^1].End, endedOn, () => "the last period ends on the termination day");
                Days.Is(cut[^1].Start <= endedOn, true, () => "no period starts after the termination");
                Days.Is(cut.Take(cut.Count - 1).SequenceEqual(full.Take(cut.Count - 1)), true, () => "the periods before the termination are untouched");
                var completeYears = 0;
                for (var n = 1; n <= 3 && Days.Anniversary(start, n).AddDays(-1) <= endedOn; n++) completeYears++;
                Days.Is(cut.Count(p => p.ClosesLicenceYear), completeYears, () => $"{frequency}: licence years completed by {endedOn:yyyy-MM-dd}");
            });
        }
    }

    [Fact]
    public void A_missing_report_is_overdue_from_the_31st_day_after_its_period()
    {
        foreach (var start in new DateOnly[] { new(2024, 1, 31), new(2024, 2, 29), new(2024, 11, 30), new(2024, 12, 31) })
        {
            var licence = Given.Signed(Given.Terms(startsOn: start, endsOn: Days.Anniversary(start, 3).AddDays(-1)), signedOn: start);
            var periods = ReportingPeriods.Of(licence.Terms).ToList();
            Days.Each(Days.From(start, Days.Anniversary(start, 4)), today =>
            {
                var overdue = ReportingPeriods.Overdue(licence, today).Select(p => p.Start).ToList();
                var expected = periods.Where(p => today.DayNumber - p.End.DayNumber > 30).Select(p => p.Start).ToList();
                overdue.ShouldBe(expected, $"start {start:yyyy-MM-dd}: reports overdue on {today:yyyy-MM-dd}");
            });
        }
    }

    [Fact]
    public void A_29_February_start_keeps_its_licence_years_on_28_February_in_common_years()
    {
        // The convention, written out once for the leap day (the sweeps above check it on every other day).
        var periods = ReportingPeriods.Of(Terms(new(2024, 2, 29), new(2029, 2, 27), ReportingFrequency.Quarterly)).ToList();
        periods.Where(p => p.ClosesLicenceYear).Select(p => p.End)
            .ShouldBe([new DateOnly(2025, 2, 27), new DateOnly(2026, 2, 27), new DateOnly(2027, 2, 27), new DateOnly(2028, 2, 28), new DateOnly(2029, 2, 27)]);
        periods.Where(p => p.LicenceYear == 5).Select(p => p.Start).First().ShouldBe(new DateOnly(2028, 2, 29));
        periods.Take(5).Select(p => p.Start)
            .ShouldBe([new DateOnly(2024, 2, 29), new DateOnly(2024, 5, 29), new DateOnly(2024, 8, 29), new DateOnly(2024, 11, 29), new DateOnly(2025, 2, 28)]);
    }
}
