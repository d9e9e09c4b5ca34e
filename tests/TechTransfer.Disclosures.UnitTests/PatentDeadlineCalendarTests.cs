using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.Worklists;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Disclosures.UnitTests;

/// <summary>
/// Patent deadlines from every priority date of 2024–2028. The rule (Paris Convention art. 4C, PCT rule 80.2): a
/// period of N months ends on the same day of the month N months later, or on that month's last day when it has no
/// such day. Checked here by its parts (the month is N later; the day is kept or is the month's last), not by AddMonths.
/// </summary>
public sealed class PatentDeadlineCalendarTests
{
    private static readonly DateTimeOffset Later = new(2032, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private static void IsMonthsAfter(DateOnly due, DateOnly priority, int months)
    {
        (due.Year * 12 + due.Month - (priority.Year * 12 + priority.Month)).ShouldBe(months, $"{due:yyyy-MM-dd} is in the month {months} months after {priority:yyyy-MM-dd}");
        var last = DateTime.DaysInMonth(due.Year, due.Month);
        due.Day.ShouldBe(priority.Day <= last ? priority.Day : last, $"{due:yyyy-MM-dd} keeps the day of {priority:yyyy-MM-dd} or is its month's last day");
    }

    private static PatentApplicationFiled Filed(string office, DateOnly on, DateOnly? priority = null) =>
        new(Guid.NewGuid(), office, $"{office}-{on:yyyyMMdd}", on, priority ?? on, "staff-1", Later);

    [Fact]
    public void A_first_filing_opens_its_priority_year_to_the_same_day_twelve_months_later()
    {
        Days.Each(priority =>
        {
            var deadline = PatentDeadlines.Opened(Given.TechnologyId, Filed("EP", priority)).ShouldHaveSingleItem();
            deadline.Kind.ShouldBe(PatentDeadlineKind.PriorityYear);
            deadline.PriorityDate.ShouldBe(priority);
            IsMonthsAfter(deadline.Due, priority, 12);
        });
    }

    [Fact]
    public void A_pct_filing_opens_the_national_phases_at_30_and_31_months()
    {
        Days.Each(priority =>
        {
            var deadlines = PatentDeadlines.Opened(Given.TechnologyId, Filed("PCT", priority.AddDays(100), priority)).ToList();
            deadlines.Select(d => d.Kind).ShouldBe([PatentDeadlineKind.NationalPhase30, PatentDeadlineKind.NationalPhase31]);
            IsMonthsAfter(deadlines[0].Due, priority, 30);
            IsMonthsAfter(deadlines[1].Due, priority, 31);
        });
    }

    [Fact]
    public void Priority_can_be_claimed_up_to_the_last_day_of_the_priority_year_and_not_after()
    {
        var technology = Given.Technology();
        Days.Each(priority =>
        {
            var last = PatentDeadlines.Opened(Given.TechnologyId, Filed("EP", priority)).Single().Due;
            var claim = FilePatentApplicationDecision.Decide(technology, new FilePatentApplication("US", "US-1", last, priority), "staff-1", Later, Guid.NewGuid())
                .OfType<PatentApplicationFiled>().ShouldHaveSingleItem();
            PatentDeadlines.Met(Given.TechnologyId, claim).ShouldBe(PatentDeadlines.Opened(Given.TechnologyId, Filed("EP", priority)).Select(d => d.Id),
                "the claim meets the priority year it opened");
            var late = Should.Throw<DomainRuleViolationException>(() => FilePatentApplicationDecision.Decide(technology,
                new FilePatentApplication("US", "US-2", last.AddDays(1), priority), "staff-1", Later, Guid.NewGuid()));
            late.Rule.ShouldBe("priority-claimed-within-12-months", $"filed on {last.AddDays(1):yyyy-MM-dd}, after the priority year");
            late.Message.ShouldContain($"until {last:yyyy-MM-dd}");
        });
    }

    [Fact]
    public void The_worklist_window_runs_from_today_to_today_plus_the_days_asked_both_included()
    {
        Days.Each(today =>
        {
            foreach (var days in new[] { 0, 1, 30, 90, 366 })
            {
                var (from, until) = PatentDeadlines.Window(today, days);
                from.ShouldBe(today);
                (until.DayNumber - today.DayNumber).ShouldBe(days);
            }
        });
    }
}
