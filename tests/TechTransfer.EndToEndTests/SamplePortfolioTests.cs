using TechTransfer.EndToEndTests.Running;
using TechTransfer.SampleData;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.EndToEndTests;

/// <summary>
/// deploy/up.sh loads the sample portfolio on whatever day it is run. On days whose arithmetic is awkward (a 31st whose
/// quarters end on the 30th, 29 February, 31 December before a new year) the whole portfolio loads against real
/// services whose clock says that day, holds what the README says it holds, and a second load adds nothing.
/// </summary>
public sealed class SamplePortfolioTests
{
    /// <summary>What the README's "Two commands" section says the sample holds.</summary>
    private static readonly PortfolioSummary WhatTheReadmeSays = new(SignedLicences: 6, UnpaidStatements: 6, StartUps: 5, FailedStartUps: 2, LateMilestones: 5,
        ClosedRounds: 5, OpenRounds: 1, FailedRounds: 2);

    [Theory]
    [InlineData("2027-03-31")]
    [InlineData("2028-02-29")]
    [InlineData("2026-12-31")]
    public async Task The_whole_portfolio_loads_on_an_awkward_day_and_holds_what_the_README_says(string day)
    {
        var ct = TestContext.Current.CancellationToken;
        var today = DateOnly.ParseExact(day, "yyyy-MM-dd");
        await using var system = RunningSystem.OnDay(today);
        await system.InitializeAsync();
        var addresses = new Addresses(system[RunningSystem.Disclosures].Address, system[RunningSystem.Licensing].Address,
            system[RunningSystem.Incubation].Address, system[RunningSystem.Financing].Address);
        var loader = new PortfolioLoader((role, name, organisation) => Clients.For(addresses, TestIdentity.Jwt, role, name, organisation, today), TextWriter.Null);

        var first = await loader.LoadAsync(today, ct);

        first.ShouldStartWith($"Sample data: {Portfolio.Technologies.Count} technologies loaded, 0 already there;");
        loader.Summary.ShouldBe(WhatTheReadmeSays, $"loaded on {day}");
        (await loader.LoadAsync(today, ct)).ShouldStartWith($"Sample data: 0 technologies loaded, {Portfolio.Technologies.Count} already there;");
        loader.Summary.ShouldBe(WhatTheReadmeSays, $"loaded twice on {day}");
    }
}
