using Microsoft.Extensions.Configuration;
using TechTransfer.BuildingBlocks.Runtime;

namespace TechTransfer.UnitTests.BuildingBlocks;

/// <summary>Clock:Today moves a service's clock to another day, keeping the time of day; unset, the system clock is used as it is.</summary>
public sealed class ServiceClockTests
{
    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static IConfiguration Settings(string? today) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ServiceClock.TodayKey] = today }).Build();

    [Theory]
    [InlineData("2028-02-29")]
    [InlineData("2026-12-31")]
    [InlineData("2024-01-01")]
    public void The_clock_says_the_day_it_was_given_at_the_real_time_of_day_and_runs_on(string day)
    {
        var system = new Fixed(new DateTimeOffset(2026, 12, 1, 23, 59, 30, TimeSpan.Zero));
        var clock = ServiceClock.From(Settings(day), system);

        clock.GetUtcNow().ShouldBe(new DateTimeOffset(DateOnly.Parse(day).ToDateTime(new TimeOnly(23, 59, 30)), TimeSpan.Zero));
        system.Now = system.Now.AddSeconds(45);
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ShouldBe(DateOnly.Parse(day).AddDays(1), "midnight passes on the moved clock too");
    }

    [Fact]
    public void Unset_or_empty_is_the_system_clock()
    {
        var system = new Fixed(DateTimeOffset.UnixEpoch);
        ServiceClock.From(Settings(null), system).ShouldBeSameAs(system);
        ServiceClock.From(Settings(""), system).ShouldBeSameAs(system);
    }

    [Fact]
    public void A_day_that_is_not_yyyy_MM_dd_stops_the_service_saying_how_to_write_it() =>
        Should.Throw<InvalidOperationException>(() => ServiceClock.From(Settings("2027-02-30"), TimeProvider.System)).Message.ShouldContain("yyyy-MM-dd");
}
