using TechTransfer.BuildingBlocks.Security;
using TechTransfer.EndToEndTests.Running;
using TechTransfer.SampleData;
using TechTransfer.Testing;
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

        await JourneysReadInBusinessOrderWithRealActorsAsync(new Sdk(Clients.For(addresses, TestIdentity.Jwt, Roles.Staff, "olga.staff", null, today)), today, ct);
    }

    /// <summary>
    /// Each licensed and spun-off technology's journey, once the other services' news has landed: its steps stand on the
    /// business dates the owning services hold (the licence's signing, the start-up's founding and admission), not on
    /// when the news arrived, and each names the person who acted.
    /// </summary>
    private static async Task JourneysReadInBusinessOrderWithRealActorsAsync(Sdk staff, DateOnly today, CancellationToken ct)
    {
        foreach (var sample in Portfolio.Technologies.Where(s => s.Stage is Stage.Licensed or Stage.SpinOff))
        {
            var id = (await staff.Disclosures.ListTechnologiesAsync(title: sample.Title, facility: sample.Facility, ct: ct)).Items.Single().Id;
            string[] news = sample.Stage == Stage.Licensed
                ? ["transfer-recorded", "licence-income-received", "phase-advanced"]
                : ["transfer-recorded", "start-up-admitted", "financing-round-closed"];
            var journey = await Eventually.GetAsync(async () =>
            {
                var j = await staff.Disclosures.GetJourneyAsync(id, ct);
                return news.All(n => j.Steps.Any(s => s.Step == n)) ? j : null;
            }, $"the news about {sample.Title} on its journey", TimeSpan.FromSeconds(90));
            var steps = journey.Steps;

            steps[0].Step.ShouldBe("disclosed", sample.Title);
            steps.Select(s => s.HappenedOn).ShouldBeInOrder(SortDirection.Ascending, sample.Title);
            steps.ShouldAllBe(s => s.HappenedOn <= today);
            steps.Where(s => s.By.EndsWith(" service", StringComparison.Ordinal)).Select(s => $"{s.Step} by {s.By}").ShouldBeEmpty(sample.Title);
            var transfer = steps.First(s => s.Step == "transfer-recorded");
            if (sample.Stage == Stage.Licensed)
            {
                var licence = (await staff.Licensing.ListLicencesAsync(technologyId: id, ct: ct)).Single();
                transfer.HappenedOn.ShouldBe(licence.SignedOn!.Value, $"{sample.Title}: the licence transfer stands on the signing day");
            }
            else
            {
                var startUp = (await staff.Incubation.ListStartUpsAsync(ct: ct)).Single(u => u.TechnologyIds.Contains(id));
                transfer.HappenedOn.ShouldBe(startUp.FoundedOn!.Value, $"{sample.Title}: the start-up transfer stands on the founding day");
                steps.Single(s => s.Step == "start-up-admitted").HappenedOn.ShouldBe(startUp.Admissions.Single().AdmittedOn, sample.Title);
            }
        }
    }
}
