using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Financing;
using TechTransfer.Client.Incubation;
using TechTransfer.EndToEndTests.Running;

namespace TechTransfer.EndToEndTests;

/// <summary>
/// A technology goes from disclosure to SME product through a spin-off: founded on it, incubated, funded by a
/// round, launching a product. Disclosures is killed outright once the start-up is founded and everything after
/// happens while it is down; Incubation is killed right after the launch is written. Both come back and the
/// flow completes: the journey and the scoreboard show every step, and agree with Incubation and Financing.
/// </summary>
public sealed class SpinOffToSmeProductTests(RunningSystem system)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Disclosure_to_sme_product_through_a_spin_off_that_is_incubated_raises_a_round_and_launches_a_product_with_services_restarted_midway()
    {
        var ct = TestContext.Current.CancellationToken;
        var facility = $"E2E-SPIN-{Guid.NewGuid():N}"[..17];
        var staff = system.As(Roles.Staff, "olga.staff");
        var technology = await Office.MarketedPrototypeAsync(staff.Disclosures, facility, "Remote handling gripper", ct);

        // The incubator, its cohort and its manager
        var organisation = Guid.NewGuid();
        var incubator = await staff.Incubation.RegisterIncubatorAsync(new RegisterIncubator("InnoGEX", "Pays de Gex", IncubatorKind.Incubator, organisation), ct);
        var cohort = await staff.Incubation.OpenCohortAsync(incubator.Id, new OpenCohort($"{Today.Year} spring", Today.AddMonths(-2), Today.AddMonths(10)), ct: ct);
        var manager = system.As(Roles.IncubatorManager, "ines.manager", organisation);

        // The manager proposes the spin-off; it is founded once Incubation has heard that the IP ownership is agreed
        var startUp = (await manager.Incubation.ProposeStartUpAsync(new ProposeStartUp("Gripwise SAS", ["Ada Founder", "Bo Founder"], [technology], 10m, incubator.Id), ct)).Id;
        await Wait.UntilAcceptedAsync(() => manager.Incubation.FoundStartUpAsync(startUp, new FoundStartUp("CHE-100.200.300", ThisYear.DaysAgo(40)), ct: ct),
            "the founding (Incubation learns the IP agreement over the bus)");
        await Wait.ForAsync(() => staff.Disclosures.GetJourneyAsync(technology, ct), j => j.Steps.Any(s => s.Step == "transfer-recorded"), "the start-up transfer");

        // Disclosures goes down; the start-up is admitted, funded and launches its product meanwhile
        await system.RestartAsync(RunningSystem.Disclosures, whileDown: async () =>
        {
            await manager.Incubation.AdmitStartUpAsync(startUp, new AdmitStartUp(incubator.Id, cohort.PartId, ThisYear.DaysAgo(30)), ct: ct);
            await manager.Incubation.ReportJobsAsync(startUp, new ReportJobs(6, 4, ThisYear.DaysAgo(1)), ct: ct);

            var financier = system.As(Roles.Financier, "fred.financier");
            var fund = (await financier.Financing.RegisterInvestorAsync(new RegisterInvestor($"Fonds Haute-Savoie {facility}", InvestorKinds.RegionalSeedFund, MoneySources.Public), ct)).Id;
            var angel = (await financier.Financing.RegisterInvestorAsync(new RegisterInvestor($"Angel club {facility}", InvestorKinds.BusinessAngel, MoneySources.Private), ct)).Id;
            var round = (await Wait.UntilAcceptedAsync(() => financier.Financing.OpenRoundAsync(
                new OpenRound(startUp, Instruments.StartUpFund, 200_000m, 100_000m, Today.AddDays(60), Currency: "EUR"), ct), "the round (Financing learns the start-up)")).Id;
            await financier.Financing.CommitAsync(round, new Commit(50_000m, "EUR", fund), ct: ct);
            await financier.Financing.CommitAsync(round, new Commit(100_000m, "EUR", angel), ct: ct);
            await financier.Financing.CloseRoundAsync(round, new CloseRound(Today), ct: ct);

            var launch = await manager.Incubation.PlanMilestoneAsync(startUp, new PlanMilestone(MilestoneKind.ProductLaunched, Today.AddDays(30), "GW-1 gripper"), ct: ct);
            await manager.Incubation.AchieveMilestoneAsync(startUp, launch.PartId, new AchieveMilestone("First units shipped to a decommissioning site", Today), ct: ct);
        });

        // Incubation is killed right after a write: its events leave from the store once it is back
        await manager.Incubation.ReportJobsAsync(startUp, new ReportJobs(8, 5, Today), ct: ct);
        await system.RestartAsync(RunningSystem.Incubation);

        // Everything reached Disclosures: the technology is an SME product and the journey tells the story in order
        var journey = await Wait.ForAsync(() => staff.Disclosures.GetJourneyAsync(technology, ct),
            j => j.Phase == Phases.SmeProduct && j.Steps.Any(s => s.Step == "financing-round-closed") && j.Steps.Any(s => s.Step == "start-up-admitted"),
            "phase 3, the round and the admission on the journey", seconds: 90);
        journey.Steps.Select(s => (s.HappenedOn, s.At)).ShouldBeInOrder();
        journey.Steps.Select(s => s.Source).Distinct().ShouldBe(["disclosures", "incubation", "financing"], ignoreOrder: true);
        journey.Steps.Single(s => s.Step == "start-up-admitted").ShouldSatisfyAllConditions(s => s.By.ShouldBe("ines.manager"), s => s.Summary.ShouldContain("InnoGEX"));
        journey.Steps.Single(s => s.Step == "transfer-recorded").Summary.ShouldContain("Gripwise SAS");
        journey.Steps.Last(s => s.Step == "phase-advanced").ShouldSatisfyAllConditions(s => s.Source.ShouldBe("incubation"), s => s.Summary.ShouldContain("GW-1"));
        // Nothing was handled twice across the restarts
        journey.Steps.Count(s => s.Step == "financing-round-closed").ShouldBe(1);
        journey.Steps.Count(s => s.Step == "start-up-admitted").ShouldBe(1);

        // The scoreboard agrees with Incubation's and Financing's own figures
        var row = (await Wait.ForAsync(() => staff.Disclosures.GetScoreboardAsync(Today.Year, facility, ct),
            b => b.Facilities.SingleOrDefault() is { Jobs.HeadCount: 8, MoneyRaised.Count: 1 }, "the latest jobs and the round on the scoreboard")).Facilities.Single();
        row.ShouldSatisfyAllConditions(
            r => r.StartUps.ShouldBe(new TechTransfer.Client.Disclosures.StartUpFigures(Created: 1, Alive: 1)), r => r.Transfers.ShouldBe(1), r => r.CommercialProducts.ShouldBe(1),
            r => r.Jobs.ResearchersAndEngineers.ShouldBe(5));
        var money = row.MoneyRaised.Single();
        (money.Currency, money.Raised, money.PublicMoney, money.PrivateMoney, money.Leverage).ShouldBe(("EUR", 150_000m, 50_000m, 100_000m, 2m));

        var incubation = (await staff.Incubation.GetYearCountsAsync(Today.Year, ct)).ByFacility.Single(f => f.Facility == facility);
        (incubation.StartUpsCreated, incubation.Alive, incubation.Jobs, incubation.ResearchersAndEngineers)
            .ShouldBe((row.StartUps.Created, row.StartUps.Alive, row.Jobs.HeadCount, row.Jobs.ResearchersAndEngineers));
        var financing = (await staff.Financing.GetStartUpFiguresAsync(startUp, ct)).ByCurrency.Single();
        (financing.Raised, financing.PublicMoney, financing.PrivateMoney, financing.Leverage).ShouldBe((money.Raised, money.PublicMoney, money.PrivateMoney, money.Leverage));
        var profile = await staff.Incubation.GetStartUpAsync(startUp, ct);
        profile.Funding.Single().ShouldSatisfyAllConditions(f => f.Public.ShouldBe(50_000m), f => f.Private.ShouldBe(100_000m));
    }
}
