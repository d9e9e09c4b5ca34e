namespace TechTransfer.EndToEndTests.Running;

/// <summary>
/// Business dates the tests set in the past, kept in the current year: the tests read this year's scoreboard, which
/// counts each fact in the year of its date, whatever day they run (early January included).
/// </summary>
public static class ThisYear
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The day <paramref name="days"/> days ago, or 1 January when that falls in last year.</summary>
    public static DateOnly DaysAgo(int days) =>
        Today.AddDays(-days) < new DateOnly(Today.Year, 1, 1) ? new DateOnly(Today.Year, 1, 1) : Today.AddDays(-days);
}
