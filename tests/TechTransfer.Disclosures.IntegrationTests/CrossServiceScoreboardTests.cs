using System.Net;
using TechTransfer.Client;
using TechTransfer.Contracts.Financing;
using TechTransfer.Contracts.Incubation;
using TechTransfer.Contracts.Licensing;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.Disclosures.IntegrationTests;

/// <summary>
/// The scoreboard and the journey fed by the other services' integration events, played on the real broker:
/// each figure comes from the reports, a repeated report counts once, and the journey names who did what.
/// </summary>
public sealed class CrossServiceScoreboardTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "scoreboard")
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly int Year = Day.Year;

    [Fact]
    public async Task A_disclosure_counts_in_the_year_its_form_was_received_and_the_time_to_first_transfer_runs_from_then()
    {
        var ct = TestContext.Current.CancellationToken;
        var received = Day.AddDays(-400);
        var id = (await Api.DiscloseTechnologyAsync(Sample.Request("Neutron guide coating", facility: "PSI", receivedOn: received), ct)).Id;
        (await Api.GetTechnologyAsync(id, ct)).Ok().ReceivedOn.ShouldBe(received);
        (await Api.GetJourneyAsync(id, ct)).Steps[0].Summary.ShouldEndWith($"form received on {received:yyyy-MM-dd}");

        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
        await bus.PublishAsync(new LicenceSigned(Guid.NewGuid(), id, Guid.NewGuid(), "Swiss Neutronics AG", false, Day, DateTimeOffset.UtcNow, Kind: "non-exclusive"));

        var figures = await Eventually.GetAsync(async () =>
            (await Api.GetScoreboardAsync(Year, "PSI", ct)).Facilities.SingleOrDefault() is { TimeToFirstTransfer: not null } y ? y : null,
            "the first transfer on PSI's scoreboard");
        figures.TimeToFirstTransfer!.MedianDays.ShouldBe(400m);
        figures.Disclosures.ShouldBe(received.Year == Year ? 1 : 0);
        (await Api.GetScoreboardAsync(received.Year, "PSI", ct)).Facilities.ShouldHaveSingleItem().Disclosures.ShouldBe(1);

        // Not received in the future, nor before the invention was conceived: nothing written
        foreach (var (receivedOn, rule) in new[] { (Day.AddDays(1), "receipt-is-not-in-the-future"), (new DateOnly(2025, 1, 14), "receipt-is-not-before-conception") })
            (await SdkCalls.RefusedAsync(() => Api.DiscloseTechnologyAsync(Sample.Request("Refused idea", facility: "PSI", receivedOn: receivedOn), ct),
                HttpStatusCode.UnprocessableEntity)).Rule().ShouldBe(rule);
        (await Api.ListTechnologiesAsync(facility: "PSI", ct: ct)).Items.Select(t => t.Id).ShouldBe([id]);
    }

    [Fact]
    public async Task Licences_income_start_ups_rounds_and_jobs_reported_by_the_other_services_reach_the_scoreboard_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var cern = (await Api.DiscloseTechnologyAsync(Sample.Request("Quench detector", facility: "CERN"), ct)).Id;
        var iter = (await Api.DiscloseTechnologyAsync(Sample.Request("Remote handling gripper", facility: "ITER"), ct)).Id;
        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);

        // Licensing: an exclusive licence and an option on the CERN technology; income on the licence, reported twice
        var licence = Guid.NewGuid();
        await bus.PublishAsync(new LicenceSigned(licence, cern, Guid.NewGuid(), "Cryo SARL", true, Day, DateTimeOffset.UtcNow,
            Kind: "exclusive", LicenseeSizeClass: CompanySizeClass.Small, By: "lena.licensing"));
        await bus.PublishAsync(new LicenceSigned(Guid.NewGuid(), cern, Guid.NewGuid(), "BigCo", false, Day, DateTimeOffset.UtcNow, Kind: "option"));
        var payment = new RoyaltyPaid(Guid.NewGuid(), licence, cern, Guid.NewGuid(), null, 12_500.50m, 2_500.50m, 10_000m, "EUR", Day, DateTimeOffset.UtcNow, "lena.licensing");
        await bus.PublishAsync(payment);
        await bus.PublishAsync(payment); // a new message id, the same payment

        // Incubation: a start-up on both technologies (counts for each facility), admitted, with jobs; another one failed
        var startUp = Guid.NewGuid();
        await bus.PublishAsync(new StartUpFounded(startUp, "Quenchless SAS", [cern, iter], Day, DateTimeOffset.UtcNow, "CHE-123", 10m, "ines.incubation"));
        await Eventually.TrueAsync(async () => (await Api.GetTechnologyAsync(iter, ct)).Ok().Transfers.Count == 1, "the start-up transfer");
        await bus.PublishAsync(new StartUpAdmitted(startUp, "Quenchless SAS", [cern, iter], Guid.NewGuid(), "InnoGEX", Guid.NewGuid(), "2026 spring",
            Day, DateTimeOffset.UtcNow, "ines.incubation"));
        await bus.PublishAsync(new StartUpJobsReported(startUp, "Quenchless SAS", [cern, iter], Day.AddDays(-30), 4, 3, DateTimeOffset.UtcNow));
        await bus.PublishAsync(new StartUpJobsReported(startUp, "Quenchless SAS", [cern, iter], Day, 7, 5, DateTimeOffset.UtcNow));
        var failed = Guid.NewGuid();
        await bus.PublishAsync(new StartUpFounded(failed, "Gone SA", [cern], Day, DateTimeOffset.UtcNow));
        await bus.PublishAsync(new StartUpFailed(failed, "Gone SA", [cern], "ran out of money", Day, DateTimeOffset.UtcNow, "ines.incubation"));

        // Financing: a round of the start-up, 27 % public
        await bus.PublishAsync(new RoundClosed(Guid.NewGuid(), startUp, "equity", 100_000m, "EUR", Day, DateTimeOffset.UtcNow, 27_000m, 73_000m));

        // Then CERN's year counts each of them once
        var cernFigures = await Eventually.GetAsync(async () =>
            (await Api.GetScoreboardAsync(Year, "CERN", ct)).Facilities.Single() is
            {
                MoneyRaised.Count: 1, Jobs.HeadCount: 7, StartUps.Alive: 1, LicenceIncome.Count: 1,
                Licences.Signed: 2
            } year ? year : null, "every report on CERN's scoreboard");
        cernFigures.Licences.Exclusive.ShouldBe(1);
        cernFigures.Licences.Options.ShouldBe(1);
        cernFigures.Licences.EarningRoyalties.ShouldBe(1);
        var income = cernFigures.LicenceIncome[0];
        income.Total.ShouldBe(12_500.50m);
        income.RunningRoyalties.ShouldBe(2_500.50m);
        cernFigures.StartUps.Created.ShouldBe(2);
        var raised = cernFigures.MoneyRaised[0];
        raised.PublicMoney.ShouldBe(27_000m);
        raised.Leverage.ShouldBe(2.7m);
        cernFigures.Jobs.ResearchersAndEngineers.ShouldBe(5);
        cernFigures.TimeToFirstTransfer.ShouldNotBeNull().Technologies.ShouldBe(1);

        // ITER shares the start-up, its round and its jobs
        var iterYear = (await Api.GetScoreboardAsync(Year, "ITER", ct)).Facilities.Single();
        iterYear.StartUps.Alive.ShouldBe(1);
        iterYear.Jobs.HeadCount.ShouldBe(7);
        iterYear.Licences.Signed.ShouldBe(0);

        // The scoreboard says how fresh each source is
        var scoreboard = await Api.GetScoreboardAsync(Year, ct: ct);
        scoreboard.Freshness.Where(f => f.Source != "disclosures").ShouldAllBe(f => f.LatestReportReceivedAt != null);

        // CSV and AUTM views agree with it
        var csv = await PartnerApi().GetScoreboardCsvAsync(Year, ct: ct);
        var lines = csv.Split("\r\n");
        var csvCern = lines[0].Split(',').Zip(lines.Single(l => l.StartsWith("CERN,", StringComparison.Ordinal)).Split(',')).ToDictionary(c => c.First, c => c.Second);
        (csvCern["licenceIncome.total.EUR"], csvCern["licenceIncome.runningRoyalties.EUR"], csvCern["licenceIncome.otherIncome.EUR"], csvCern["moneyRaised.raised.EUR"],
            csvCern["moneyRaised.publicMoney.EUR"], csvCern["moneyRaised.privateMoney.EUR"], csvCern["moneyRaised.leverage.EUR"])
            .ShouldBe(("12500.50", "2500.50", "10000", "100000", "27000", "73000", "2.70"));
        var autm = await Api.GetAutmSurveyAsync(Year, ct: ct);
        autm.LicensesExecuted.ShouldBe(1);
        autm.OptionsExecuted.ShouldBe(1);
        autm.StartUpsFormed.ShouldBe(2); // the shared start-up counts once institution-wide
        autm.StartUpsStillOperating.ShouldBe(1);

        // The journey shows the admission and the failure with who did them, in time order
        var steps = await Eventually.GetAsync(async () =>
        {
            var all = (await Api.GetJourneyAsync(cern, ct)).Steps;
            // Each kind of news travels on its own queue: wait for all of them.
            string[] expected = ["licence-income-received", "start-up-admitted", "start-up-failed", "transfer-recorded"];
            return expected.All(step => all.Any(s => s.Step == step)) && all.Count(s => s.Step == "transfer-recorded") >= 3 ? all : null;
        }, "the licence, the income, the admission and the failure on the journey");
        var admitted = steps.Single(s => s.Step == "start-up-admitted");
        admitted.By.ShouldBe("ines.incubation");
        admitted.Source.ShouldBe("incubation");
        steps.Single(s => s.Step == "transfer-recorded" && s.Summary.Contains("Cryo SARL")).By.ShouldBe("lena.licensing");
        steps.Count(s => s.Step == "licence-income-received").ShouldBe(1);
        steps.ShouldContain(s => s.Step == "start-up-failed");
        steps.Select(s => s.At).ShouldBeInOrder();
    }
}
