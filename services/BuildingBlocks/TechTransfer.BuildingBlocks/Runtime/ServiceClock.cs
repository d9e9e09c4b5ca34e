using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace TechTransfer.BuildingBlocks.Runtime;

/// <summary>
/// The service's clock. <c>Clock:Today</c> (yyyy-MM-dd) starts it on another day at the current time of day and lets it
/// run on: a rehearsal of a month end or 29 February against the real database and broker (deploy/up.sh --today,
/// the sample-data tests), without changing the machine's date. Unset, it is the system clock.
/// </summary>
public static class ServiceClock
{
    public const string TodayKey = "Clock:Today";

    public static TimeProvider From(IConfiguration configuration, TimeProvider system)
    {
        if (configuration[TodayKey] is not { Length: > 0 } text) return system;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
            throw new InvalidOperationException($"{TodayKey} is '{text}': write the day as yyyy-MM-dd, or leave it unset for the system clock.");
        return new ShiftedClock(system, today);
    }

    /// <summary>The system clock moved by whole days, so the time of day (and every timer) is the real one.</summary>
    public sealed class ShiftedClock(TimeProvider system, DateOnly today) : TimeProvider
    {
        public TimeSpan Shift { get; } = TimeSpan.FromDays(today.DayNumber - DateOnly.FromDateTime(system.GetUtcNow().UtcDateTime).DayNumber);

        public override DateTimeOffset GetUtcNow() => system.GetUtcNow() + Shift;

        public override TimeZoneInfo LocalTimeZone => system.LocalTimeZone;

        public override long TimestampFrequency => system.TimestampFrequency;

        public override long GetTimestamp() => system.GetTimestamp();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            system.CreateTimer(callback, state, dueTime, period);
    }
}
