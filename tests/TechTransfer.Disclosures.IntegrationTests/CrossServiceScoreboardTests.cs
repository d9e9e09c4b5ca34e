using System.Net.Http.Json;
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
        var received = Day.AddDays(-400);
        var id = await Staff.DiscloseAsync(Sample.Disclosure("Neutron guide coating", facility: "PSI", receivedOn: received));
        (await Staff.GetOkAsync($"/technologies/{id}")).GetProperty("receivedOn").GetString().ShouldBe(received.ToString("yyyy-MM-dd"));
        var disclosed = (await Staff.GetOkAsync($"/technologies/{id}/journey")).GetProperty("steps")[0];
        disclosed.GetProperty("summary").GetString()!.ShouldEndWith($"form received on {received:yyyy-MM-dd}");

        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
        await bus.PublishAsync(new LicenceSigned(Guid.NewGuid(), id, Guid.NewGuid(), "Swiss Neutronics AG", false, Day, DateTimeOffset.UtcNow, Kind: "non-exclusive"));

        var thisYear = await Eventually.GetAsync(async () =>
            (await Staff.GetOkAsync($"/scoreboard?year={Year}&facility=PSI")).GetProperty("facilities").EnumerateArray().SingleOrDefault() is { ValueKind: System.Text.Json.JsonValueKind.Object } y
                && y.GetProperty("timeToFirstTransfer").ValueKind == System.Text.Json.JsonValueKind.Object ? y.ToString() : null,
            "the first transfer on PSI's scoreboard");
        var figures = System.Text.Json.JsonDocument.Parse(thisYear).RootElement;
        figures.GetProperty("timeToFirstTransfer").GetProperty("medianDays").GetDecimal().ShouldBe(400m);
        figures.GetProperty("disclosures").GetInt32().ShouldBe(received.Year == Year ? 1 : 0);
        var receivedYear = (await Staff.GetOkAsync($"/scoreboard?year={received.Year}&facility=PSI")).GetProperty("facilities").EnumerateArray().Single();
        receivedYear.GetProperty("disclosures").GetInt32().ShouldBe(1);

        // Not received in the future, nor before the invention was conceived: nothing written
        foreach (var (receivedOn, rule) in new[] { (Day.AddDays(1), "receipt-is-not-in-the-future"), (new DateOnly(2025, 1, 14), "receipt-is-not-before-conception") })
        {
            var refused = await Staff.PostAsJsonAsync("/technologies", Sample.Disclosure("Refused idea", facility: "PSI", receivedOn: receivedOn), TestContext.Current.CancellationToken);
            ((int)refused.StatusCode).ShouldBe(422);
            (await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken)).GetProperty("rule").GetString().ShouldBe(rule);
        }
        (await Staff.GetOkAsync("/technologies?facility=PSI")).ToString().ShouldNotContain("Refused idea");
    }

    [Fact]
    public async Task Licences_income_start_ups_rounds_and_jobs_reported_by_the_other_services_reach_the_scoreboard_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var cern = await Staff.DiscloseAsync(Sample.Disclosure("Quench detector", facility: "CERN"));
        var iter = await Staff.DiscloseAsync(Sample.Disclosure("Remote handling gripper", facility: "ITER"));
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
        await Eventually.TrueAsync(async () => (await Staff.GetOkAsync($"/technologies/{iter}")).GetProperty("transfers").GetArrayLength() == 1, "the start-up transfer");
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
        var cernYear = await Eventually.GetAsync(async () =>
        {
            var year = (await Staff.GetOkAsync($"/scoreboard?year={Year}&facility=CERN")).GetProperty("facilities").EnumerateArray().Single();
            return year.GetProperty("moneyRaised").GetArrayLength() == 1 && year.GetProperty("jobs").GetProperty("headCount").GetInt32() == 7
                && year.GetProperty("startUps").GetProperty("alive").GetInt32() == 1 && year.GetProperty("licenceIncome").GetArrayLength() == 1
                && year.GetProperty("licences").GetProperty("signed").GetInt32() == 2 ? year.ToString() : null;
        }, "every report on CERN's scoreboard");
        var cernFigures = System.Text.Json.JsonDocument.Parse(cernYear).RootElement;
        cernFigures.GetProperty("licences").GetProperty("exclusive").GetInt32().ShouldBe(1);
        cernFigures.GetProperty("licences").GetProperty("options").GetInt32().ShouldBe(1);
        cernFigures.GetProperty("licences").GetProperty("earningRoyalties").GetInt32().ShouldBe(1);
        var income = cernFigures.GetProperty("licenceIncome")[0];
        income.GetProperty("total").GetDecimal().ShouldBe(12_500.50m);
        income.GetProperty("runningRoyalties").GetDecimal().ShouldBe(2_500.50m);
        cernFigures.GetProperty("startUps").GetProperty("created").GetInt32().ShouldBe(2);
        var raised = cernFigures.GetProperty("moneyRaised")[0];
        raised.GetProperty("publicMoney").GetDecimal().ShouldBe(27_000m);
        raised.GetProperty("leverage").GetDecimal().ShouldBe(2.7m);
        cernFigures.GetProperty("jobs").GetProperty("researchersAndEngineers").GetInt32().ShouldBe(5);
        cernFigures.GetProperty("timeToFirstTransfer").GetProperty("technologies").GetInt32().ShouldBe(1);

        // ITER shares the start-up, its round and its jobs
        var iterYear = (await Staff.GetOkAsync($"/scoreboard?year={Year}&facility=ITER")).GetProperty("facilities").EnumerateArray().Single();
        iterYear.GetProperty("startUps").GetProperty("alive").GetInt32().ShouldBe(1);
        iterYear.GetProperty("jobs").GetProperty("headCount").GetInt32().ShouldBe(7);
        iterYear.GetProperty("licences").GetProperty("signed").GetInt32().ShouldBe(0);

        // The scoreboard says how fresh each source is
        var scoreboard = await Staff.GetOkAsync($"/scoreboard?year={Year}");
        scoreboard.GetProperty("freshness").EnumerateArray()
            .Where(f => f.GetProperty("source").GetString() != "disclosures")
            .ShouldAllBe(f => f.GetProperty("latestReportReceivedAt").ValueKind == System.Text.Json.JsonValueKind.String);

        // CSV and AUTM views agree with it
        var csv = await Partner.GetStringAsync($"/scoreboard/csv?year={Year}", ct);
        var lines = csv.Split("\r\n");
        var csvCern = lines[0].Split(',').Zip(lines.Single(l => l.StartsWith("CERN,", StringComparison.Ordinal)).Split(',')).ToDictionary(c => c.First, c => c.Second);
        (csvCern["licenceIncome.total.EUR"], csvCern["licenceIncome.runningRoyalties.EUR"], csvCern["licenceIncome.otherIncome.EUR"], csvCern["moneyRaised.raised.EUR"],
            csvCern["moneyRaised.publicMoney.EUR"], csvCern["moneyRaised.privateMoney.EUR"], csvCern["moneyRaised.leverage.EUR"])
            .ShouldBe(("12500.50", "2500.50", "10000", "100000", "27000", "73000", "2.70"));
        var autm = await Staff.GetOkAsync($"/scoreboard/autm?year={Year}");
        autm.GetProperty("licensesExecuted").GetInt32().ShouldBe(1);
        autm.GetProperty("optionsExecuted").GetInt32().ShouldBe(1);
        autm.GetProperty("startUpsFormed").GetInt32().ShouldBe(2); // the shared start-up counts once institution-wide
        autm.GetProperty("startUpsStillOperating").GetInt32().ShouldBe(1);

        // The journey shows the admission and the failure with who did them, in time order
        var steps = await Eventually.GetAsync(async () =>
        {
            var all = (await Staff.GetOkAsync($"/technologies/{cern}/journey")).GetProperty("steps").EnumerateArray().ToList();
            // Each kind of news travels on its own queue: wait for all of them.
            string[] expected = ["licence-income-received", "start-up-admitted", "start-up-failed", "transfer-recorded"];
            return expected.All(step => all.Any(s => s.GetProperty("step").GetString() == step))
                && all.Count(s => s.GetProperty("step").GetString() == "transfer-recorded") >= 3 ? all : null;
        }, "the licence, the income, the admission and the failure on the journey");
        var admitted = steps.Single(s => s.GetProperty("step").GetString() == "start-up-admitted");
        admitted.GetProperty("by").GetString().ShouldBe("ines.incubation");
        admitted.GetProperty("source").GetString().ShouldBe("incubation");
        steps.Single(s => s.GetProperty("step").GetString() == "transfer-recorded" && s.GetProperty("summary").GetString()!.Contains("Cryo SARL"))
            .GetProperty("by").GetString().ShouldBe("lena.licensing");
        steps.Count(s => s.GetProperty("step").GetString() == "licence-income-received").ShouldBe(1);
        steps.ShouldContain(s => s.GetProperty("step").GetString() == "start-up-failed");
        steps.Select(s => s.GetProperty("at").GetDateTimeOffset()).ShouldBeInOrder();
    }
}
