namespace TechTransfer.Testing.Rules;

/// <summary>
/// The calendar sweeps every date rule is tested over: every day of 2024–2028 (two 29 Februaries, every month end,
/// five 31 December → 1 January turns), and an independent statement of "N months later" to check rules against.
/// </summary>
/// <remarks>
/// The convention every service follows (and these tests hold them to): N months after a date is the same day of the
/// month N months later, or that month's last day when the day does not exist there (31 January + 1 month = 29 February
/// in a leap year, 28 February otherwise; a 29 February start has its anniversaries on 28 February in common years and
/// on 29 February again in leap years). A year is 12 months, so licence years, reporting periods, patent deadlines and
/// months to raise all count months the same way.
/// </remarks>
public static class Days
{
    public static readonly DateOnly First = new(2024, 1, 1);
    public static readonly DateOnly Last = new(2028, 12, 31);

    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IEnumerable<DateOnly> From(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1)) yield return day;
    }

    /// <summary>Every day of 2024–2028 (1,827 days).</summary>
    public static IEnumerable<DateOnly> Sweep => From(First, Last);

    /// <summary>
    /// N months after <paramref name="day"/>, stated without DateOnly.AddMonths: the same day of the month N calendar
    /// months later, or that month's last day when it has fewer days.
    /// </summary>
    public static DateOnly MonthsAfter(DateOnly day, int months)
    {
        var index = day.Year * 12 + (day.Month - 1) + months;
        int year = index / 12, month = index % 12 + 1;
        return new DateOnly(year, month, Math.Min(day.Day, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>The <paramref name="years"/>-th anniversary: same month and day, 28 February for a 29 February in a common year.</summary>
    public static DateOnly Anniversary(DateOnly day, int years)
    {
        var year = day.Year + years;
        return new DateOnly(year, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(year, day.Month)));
    }

    /// <summary>The first instant of <paramref name="day"/> in UTC, and its last tick.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    /// <summary>
    /// Runs <paramref name="check"/> for each day and fails once at the end, naming every failing day (the first 25)
    /// with what went wrong, so a sweep reports the pattern of dates that break a rule rather than the first one.
    /// </summary>
    public static void Each(IEnumerable<DateOnly> days, Action<DateOnly> check)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var day in days)
        {
            count++;
            try { check(day); }
            catch (Exception e) { failures.Add($"{day:yyyy-MM-dd} ({day:ddd}): {Short(e.Message)}"); }
        }
        count.ShouldBeGreaterThan(0, "the sweep covered no day");
        if (failures.Count > 0)
            throw new ShouldAssertException($"{failures.Count} of {count} days break the rule:\n  " + string.Join("\n  ", failures.Take(25)) + (failures.Count > 25 ? "\n  …" : ""));
    }

    /// <summary><see cref="Each(IEnumerable{DateOnly}, Action{DateOnly})"/> over every day of 2024–2028.</summary>
    /// <remarks>Inside a sweep, prefer ShouldBe/ShouldBeTrue with a message to ShouldAllBe: it compiles its expression on every call (seconds over a sweep).</remarks>
    public static void Each(Action<DateOnly> check) => Each(Sweep, check);

    /// <summary>
    /// Fails with <paramref name="what"/> when <paramref name="actual"/> is not <paramref name="expected"/>. For the
    /// innermost checks of a sweep: the message is only written when it fails (ShouldBe formats it every time).
    /// </summary>
    public static void Is<T>(T actual, T expected, Func<string> what)
    {
        if (!EqualityComparer<T>.Default.Equals(actual, expected))
            throw new ShouldAssertException($"{what()}: expected {expected}, was {actual}");
    }

    private static string Short(string message)
    {
        var flat = string.Join(" ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= 400 ? flat : flat[..400] + "…";
    }
}
