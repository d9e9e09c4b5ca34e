using TechTransfer.Financing.Api.Figures;
using TechTransfer.Financing.Api.Panels;
using TechTransfer.Financing.Api.Panels.Form;
using TechTransfer.Financing.Api.Panels.HoldSession;
using TechTransfer.Financing.Api.Panels.RecordPitch;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.Rounds.Views;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Financing.UnitTests;

/// <summary>
/// Months to raise from every pitch day of 2024–2028 to every day of the two years after it. A month counts once its
/// day is reached, with the same convention as every other date rule here (<see cref="Days"/>): the month after
/// 31 January is reached on 29 (or 28) February, as the month after 1 January is on 1 February. So the months from
/// <c>from</c> to <c>to</c> are the most n with from + n months ≤ to.
/// </summary>
public sealed class MonthsToRaiseCalendarTests
{
    [Fact]
    public void Whole_months_count_the_same_way_from_the_31st_as_from_the_1st()
    {
        Days.Each(from =>
        {
            var expected = 0;
            for (var to = from; to <= from.AddYears(2); to = to.AddDays(1))
            {
                if (Days.MonthsAfter(from, expected + 1) <= to) expected++;
                var months = FigureCalculations.MonthsBetween(from, to);
                if (months != expected)
                    throw new ShouldAssertException($"{from:yyyy-MM-dd} → {to:yyyy-MM-dd} counts {months} months, not {expected}");
            }
        });
    }

    [Fact]
    public void A_month_is_reached_on_its_day_or_its_last_day_and_not_the_day_before()
    {
        Days.Each(from =>
        {
            for (var n = 1; n <= 24; n++)
            {
                var reached = Days.MonthsAfter(from, n);
                FigureCalculations.MonthsBetween(from, reached).ShouldBe(n, $"{n} months are reached on {reached:yyyy-MM-dd}");
                FigureCalculations.MonthsBetween(from, reached.AddDays(-1)).ShouldBe(n - 1, $"{n} months are not reached on {reached.AddDays(-1):yyyy-MM-dd}");
            }
        });
    }

    [Fact]
    public void A_panel_counts_months_from_the_first_pitch_to_the_first_round_closed_after_it()
    {
        var session = Guid.NewGuid();
        Days.Each(pitchOn =>
        {
            var startUp = Guid.NewGuid();
            var panel = Panel.From([
                new PanelFormed(Guid.NewGuid(), "Haute-Savoie panel", [Given.Angel.Id], "a", Given.Now),
                new PanelSessionHeld(session, pitchOn, "Annecy", "a", Given.Now),
                new PitchRecorded(Guid.NewGuid(), session, pitchOn, startUp, "s", PitchOutcome.Backed, null, "a", Given.Now),
            ])!;
            var closedOn = Days.MonthsAfter(pitchOn, 9);
            var round = new ClosedRoundFact(Guid.NewGuid(), startUp, "s", Instrument.Equity, closedOn.Year, "EUR", 130_000m, 30_000m, 100_000m, 3.33m, pitchOn,
                closedOn, closedOn.DayNumber - pitchOn.DayNumber);
            var presented = FigureCalculations.ForPanel(panel, [round]).StartUps.ShouldHaveSingleItem();
            presented.MonthsToRaise.ShouldBe(9, $"closed on {closedOn:yyyy-MM-dd}, nine months after the pitch");
        });
    }
}
