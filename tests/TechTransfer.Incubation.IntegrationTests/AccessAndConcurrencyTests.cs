using System.Net;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Incubation.IntegrationTests;

/// <summary>Who sees which start-up, and many writers on one start-up at the same moment, through the real host and database.</summary>
public sealed class AccessAndConcurrencyTests(IncubationFixture incubation) : IClassFixture<IncubationFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => IncubationFixture.Today;

    [Fact]
    public async Task A_manager_sees_and_changes_only_their_own_incubators_start_ups_others_get_404_and_staff_see_all()
    {
        Guid ours = Guid.NewGuid(), theirs = Guid.NewGuid();
        var ourIncubator = await incubation.IncubatorAsync(ours, "Oxford Innovation", "Incubator");
        var theirIncubator = await incubation.IncubatorAsync(theirs, "Science Park Grenoble", "SciencePark");
        using var us = incubation.ManagerOf(ours, "uma.manager");
        using var them = incubation.ManagerOf(theirs, "theo.manager");
        var mine = await incubation.FoundedStartUpAsync(us, "Ours Ltd", "JET");
        var staffs = await incubation.FoundedStartUpAsync(incubation.Staff, "Office SAS", "JET");

        // Another incubator's manager: 404 on reads and writes, nothing in lists, and cannot admit into our incubator
        (await them.GetAsync($"/start-ups/{mine}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await them.GetAsync($"/start-ups/{mine}/history", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await them.PostAsync($"/start-ups/{mine}/jobs", new { headCount = 1, researchersAndEngineers = 0 })).ProblemAsync(404);
        (await them.GetAsync($"/incubators/{ourIncubator}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await them.GetOkAsync("/start-ups")).EnumerateArray().ShouldBeEmpty();
        (await them.GetOkAsync("/incubators")).EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([theirIncubator]);
        (await (await us.PostAsync($"/start-ups/{mine}/admission", new { incubatorId = theirIncubator })).ProblemAsync(422)).GetProperty("rule").GetString()
            .ShouldBe("incubator-is-known");
        (await us.GetAsync($"/start-ups/{staffs}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Our manager sees ours; once staff admit the office's start-up into our incubator, we see it too
        (await us.GetOkAsync("/start-ups")).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ShouldBe([mine]);
        await incubation.Staff.PostOkAsync($"/start-ups/{staffs}/admission", new { incubatorId = ourIncubator });
        (await us.GetOkAsync("/start-ups")).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ShouldBe([mine, staffs], ignoreOrder: true);
        (await incubation.Staff.GetOkAsync($"/start-ups?incubatorId={ourIncubator}")).EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(staffs);

        // Figures of the whole office are for staff
        (await us.GetAsync($"/figures/years/{Today.Year}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Concurrent_reports_and_plans_on_one_start_up_are_all_kept_and_a_milestone_is_achieved_exactly_once()
    {
        var id = await incubation.FoundedStartUpAsync(incubation.Staff, "Busy SAS", "CERN", Today.AddMonths(-1));

        // 12 head-count reports and 12 milestone plans at once: none lost
        var writes = Enumerable.Range(1, 12).SelectMany(i => new[]
        {
            incubation.Staff.PostAsync($"/start-ups/{id}/jobs", new { headCount = 10 + i, researchersAndEngineers = i, asOf = Today.AddDays(-i) }),
            incubation.Staff.PostAsync($"/start-ups/{id}/milestones", new { kind = "Other", title = $"Step {i}", dueOn = Today.AddDays(i) }),
        });
        var answers = await Task.WhenAll(writes);
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var profile = await incubation.Staff.GetOkAsync($"/start-ups/{id}");
        profile.GetProperty("jobs").GetArrayLength().ShouldBe(12);
        profile.GetProperty("milestones").GetArrayLength().ShouldBe(12);
        profile.GetProperty("version").GetInt64().ShouldBe(2 + 24);
        profile.GetProperty("latestJobs").GetProperty("headCount").GetInt32().ShouldBe(11);

        // 10 people achieve the same milestone at once: exactly one wins, the others are told it is no longer open
        var milestone = profile.GetProperty("milestones")[0].GetProperty("id").GetGuid();
        var races = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            incubation.Staff.PostAsync($"/start-ups/{id}/milestones/{milestone}/achievement", new { evidence = $"Evidence {i}" })));
        races.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in races.Where(r => r.StatusCode != HttpStatusCode.OK))
            (await refused.ProblemAsync(409)).GetProperty("rule").GetString().ShouldBe("milestone-is-open");
        (await incubation.Staff.GetOkAsync($"/start-ups/{id}")).GetProperty("version").GetInt64().ShouldBe(27);
    }

    [Fact]
    public async Task Closed_rounds_consumed_while_managers_write_to_the_same_start_up_are_all_kept()
    {
        var id = await incubation.FoundedStartUpAsync(incubation.Staff, "Funded SAS", "CERN", Today.AddMonths(-1));
        var rounds = Enumerable.Range(1, 6).Select(i => new TechTransfer.Contracts.Financing.RoundClosed(Guid.NewGuid(), id, "grant", 1_000m * i, "EUR", Today,
            DateTimeOffset.UtcNow, 1_000m * i, 0m)).ToList();
        var http = Enumerable.Range(1, 6).Select(i => incubation.Staff.PostAsync($"/start-ups/{id}/jobs", new { headCount = i, researchersAndEngineers = 0 }));
        var answers = await Task.WhenAll([.. http, .. rounds.Select(async r => { await incubation.OtherServices.PublishAsync(r); return new HttpResponseMessage(HttpStatusCode.OK); })]);
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);

        await TechTransfer.Testing.Eventually.TrueAsync(async () =>
            (await incubation.Staff.GetOkAsync($"/start-ups/{id}")).GetProperty("fundingRounds").GetArrayLength() == 6, "six rounds recorded");
        var profile = await incubation.Staff.GetOkAsync($"/start-ups/{id}");
        profile.GetProperty("jobs").GetArrayLength().ShouldBe(6);
        profile.GetProperty("funding")[0].GetProperty("public").GetDecimal().ShouldBe(21_000m);
        profile.GetProperty("version").GetInt64().ShouldBe(2 + 6);
    }

    [Fact]
    public async Task Year_counts_and_survival_count_start_ups_per_facility_alive_and_jobs()
    {
        var facility = $"FAC-{Guid.NewGuid():N}"[..12];
        var year = Today.Year - 1;
        var alive = await incubation.FoundedStartUpAsync(incubation.Staff, "Alive SAS", facility, new DateOnly(year, 3, 1));
        var failed = await incubation.FoundedStartUpAsync(incubation.Staff, "Failed SAS", facility, new DateOnly(year, 5, 1));
        var acquired = await incubation.FoundedStartUpAsync(incubation.Staff, "Bought SAS", facility, new DateOnly(year, 7, 1));
        await incubation.Staff.PostOkAsync($"/start-ups/{alive}/jobs", new { headCount = 6, researchersAndEngineers = 4, asOf = new DateOnly(year, 12, 1) });
        await incubation.Staff.PostOkAsync($"/start-ups/{acquired}/jobs", new { headCount = 20, researchersAndEngineers = 9, asOf = new DateOnly(year, 11, 1) });
        await incubation.Staff.PostOkAsync($"/start-ups/{failed}/failure", new { reason = "no customers", failedOn = new DateOnly(year, 10, 1) });
        await incubation.Staff.PostOkAsync($"/start-ups/{acquired}/acquisition", new { acquirer = "Big Magnets SA", acquiredOn = Today });

        var counts = await incubation.Staff.GetOkAsync($"/figures/years/{year}");
        var row = counts.GetProperty("byFacility").EnumerateArray().Single(f => f.GetProperty("facility").GetString() == facility);
        (row.GetProperty("startUpsCreated").GetInt32(), row.GetProperty("alive").GetInt32(), row.GetProperty("jobs").GetInt32(), row.GetProperty("researchersAndEngineers").GetInt32())
            .ShouldBe((3, 2, 26, 13));

        var survival = await incubation.Staff.GetOkAsync($"/figures/survival/founded/{year}");
        survival.GetProperty("size").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
        survival.GetProperty("years").GetArrayLength().ShouldBe(2);
    }
}
