using TechTransfer.Testing.Rules;

namespace TechTransfer.UnitTests.Calendar;

public sealed class DaysTests
{
    // The helpers themselves, on the cases the rule is about (hand-checked against a calendar).
    [Fact]
    public void Months_after_keep_the_day_or_take_the_months_last_day()
    {
        Days.MonthsAfter(new(2024, 1, 31), 1).ShouldBe(new DateOnly(2024, 2, 29));
        Days.MonthsAfter(new(2025, 1, 31), 1).ShouldBe(new DateOnly(2025, 2, 28));
        Days.MonthsAfter(new(2024, 8, 31), 3).ShouldBe(new DateOnly(2024, 11, 30));
        Days.MonthsAfter(new(2024, 12, 31), 1).ShouldBe(new DateOnly(2025, 1, 31));
        Days.MonthsAfter(new(2024, 2, 29), 12).ShouldBe(new DateOnly(2025, 2, 28));
        Days.MonthsAfter(new(2024, 2, 29), 48).ShouldBe(new DateOnly(2028, 2, 29));
        Days.MonthsAfter(new(2024, 3, 15), -3).ShouldBe(new DateOnly(2023, 12, 15));
        Days.Anniversary(new(2024, 2, 29), 1).ShouldBe(new DateOnly(2025, 2, 28));
        Days.Anniversary(new(2024, 2, 29), 4).ShouldBe(new DateOnly(2028, 2, 29));
        Days.Sweep.Count().ShouldBe(366 + 365 + 365 + 365 + 366);
    }

    [Fact]
    public void A_year_is_twelve_months_on_every_day()
    {
        Days.Each(day =>
        {
            for (var n = 0; n <= 8; n++) Days.Anniversary(day, n).ShouldBe(Days.MonthsAfter(day, 12 * n), $"anniversary {n}");
        });
    }
}
