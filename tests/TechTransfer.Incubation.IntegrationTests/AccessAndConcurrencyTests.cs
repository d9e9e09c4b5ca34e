using System.Net;
using TechTransfer.Client.Incubation;
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
        var ourIncubator = await incubation.IncubatorAsync(ours, "Oxford Innovation", IncubatorKind.Incubator);
        var theirIncubator = await incubation.IncubatorAsync(theirs, "Science Park Grenoble", IncubatorKind.SciencePark);
        var us = incubation.PartnerApi(ours, "uma.manager");
        var them = incubation.PartnerApi(theirs, "theo.manager");
        var mine = await incubation.FoundedStartUpAsync(us, "Ours Ltd", "JET");
        var staffs = await incubation.FoundedStartUpAsync(incubation.Api, "Office SAS", "JET");

        // Another incubator's manager: 404 on reads and writes, nothing in lists, and cannot admit into our incubator
        await SdkCalls.RefusedAsync(() => them.GetStartUpAsync(mine, Ct), HttpStatusCode.NotFound);
        await SdkCalls.RefusedAsync(() => them.GetStartUpHistoryAsync(mine, Ct), HttpStatusCode.NotFound);
        await SdkCalls.RefusedAsync(() => them.ReportJobsAsync(mine, new ReportJobs(1, 0), ct: Ct), HttpStatusCode.NotFound);
        await SdkCalls.RefusedAsync(() => them.GetIncubatorAsync(ourIncubator, Ct), HttpStatusCode.NotFound);
        (await them.ListStartUpsAsync(ct: Ct)).ShouldBeEmpty();
        (await them.ListIncubatorsAsync(Ct)).Select(i => i.Id).ShouldBe([theirIncubator]);
        (await SdkCalls.RefusedAsync(() => us.AdmitStartUpAsync(mine, new AdmitStartUp(theirIncubator), ct: Ct), HttpStatusCode.UnprocessableEntity)).Rule()
            .ShouldBe("incubator-is-known");
        await SdkCalls.RefusedAsync(() => us.GetStartUpAsync(staffs, Ct), HttpStatusCode.NotFound);

        // Our manager sees ours; once staff admit the office's start-up into our incubator, we see it too
        (await us.ListStartUpsAsync(ct: Ct)).Select(s => s.Id).ShouldBe([mine]);
        await incubation.Api.AdmitStartUpAsync(staffs, new AdmitStartUp(ourIncubator), ct: Ct);
        (await us.ListStartUpsAsync(ct: Ct)).Select(s => s.Id).ShouldBe([mine, staffs], ignoreOrder: true);
        (await incubation.Api.ListStartUpsAsync(incubatorId: ourIncubator, ct: Ct)).Single().Id.ShouldBe(staffs);

        // Figures of the whole office are for staff
        await SdkCalls.RefusedAsync(() => us.GetYearCountsAsync(Today.Year, Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Concurrent_reports_and_plans_on_one_start_up_are_all_kept_and_a_milestone_is_achieved_exactly_once()
    {
        var api = incubation.Api;
        var id = await incubation.FoundedStartUpAsync(api, "Busy SAS", "CERN", Today.AddMonths(-1));

        // 12 head-count reports and 12 milestone plans at once: none lost (any refusal fails the test)
        var writes = Enumerable.Range(1, 12).SelectMany(i => new Task[]
        {
            api.ReportJobsAsync(id, new ReportJobs(10 + i, i, Today.AddDays(-i)), ct: Ct),
            api.PlanMilestoneAsync(id, new PlanMilestone(MilestoneKind.Other, Today.AddDays(i), $"Step {i}"), ct: Ct),
        });
        await Task.WhenAll(writes);
        var profile = await api.GetStartUpAsync(id, Ct);
        profile.Jobs.Count.ShouldBe(12);
        profile.Milestones.Count.ShouldBe(12);
        profile.Version.ShouldBe(2 + 24);
        profile.LatestJobs.ShouldNotBeNull().HeadCount.ShouldBe(11);

        // 10 people achieve the same milestone at once: exactly one wins, the others are told it is no longer open
        var milestone = profile.Milestones[0].Id;
        var races = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            Attempt.Of(() => api.AchieveMilestoneAsync(id, milestone, new AchieveMilestone($"Evidence {i}"), ct: Ct))));
        races.Count(r => r.Succeeded).ShouldBe(1);
        races.Where(r => !r.Succeeded).ShouldAllBe(r => r.RefusedBy(HttpStatusCode.Conflict, "milestone-is-open"));
        (await api.GetStartUpAsync(id, Ct)).Version.ShouldBe(27);
    }

    [Fact]
    public async Task Closed_rounds_consumed_while_managers_write_to_the_same_start_up_are_all_kept()
    {
        var api = incubation.Api;
        var id = await incubation.FoundedStartUpAsync(api, "Funded SAS", "CERN", Today.AddMonths(-1));
        var rounds = Enumerable.Range(1, 6).Select(i => new TechTransfer.Contracts.Financing.RoundClosed(Guid.NewGuid(), id, "grant", 1_000m * i, "EUR", Today,
            DateTimeOffset.UtcNow, 1_000m * i, 0m)).ToList();
        var http = Enumerable.Range(1, 6).Select(Task (i) => api.ReportJobsAsync(id, new ReportJobs(i, 0), ct: Ct));
        await Task.WhenAll([.. http, .. rounds.Select(r => incubation.OtherServices.PublishAsync(r))]);

        await TechTransfer.Testing.Eventually.TrueAsync(async () => (await api.GetStartUpAsync(id, Ct)).FundingRounds.Count == 6, "six rounds recorded");
        var profile = await api.GetStartUpAsync(id, Ct);
        profile.Jobs.Count.ShouldBe(6);
        profile.Funding[0].Public.ShouldBe(21_000m);
        profile.Version.ShouldBe(2 + 6);
    }

    [Fact]
    public async Task Year_counts_and_survival_count_start_ups_per_facility_alive_and_jobs()
    {
        var api = incubation.Api;
        var facility = $"FAC-{Guid.NewGuid():N}"[..12];
        var year = Today.Year - 1;
        var alive = await incubation.FoundedStartUpAsync(api, "Alive SAS", facility, new DateOnly(year, 3, 1));
        var failed = await incubation.FoundedStartUpAsync(api, "Failed SAS", facility, new DateOnly(year, 5, 1));
        var acquired = await incubation.FoundedStartUpAsync(api, "Bought SAS", facility, new DateOnly(year, 7, 1));
        await api.ReportJobsAsync(alive, new ReportJobs(6, 4, new DateOnly(year, 12, 1)), ct: Ct);
        await api.ReportJobsAsync(acquired, new ReportJobs(20, 9, new DateOnly(year, 11, 1)), ct: Ct);
        await api.FailAsync(failed, new Fail("no customers", new DateOnly(year, 10, 1)), ct: Ct);
        await api.AcquireAsync(acquired, new Acquire("Big Magnets SA", Today), ct: Ct);

        var counts = await api.GetYearCountsAsync(year, Ct);
        var row = counts.ByFacility.Single(f => f.Facility == facility);
        (row.StartUpsCreated, row.Alive, row.Jobs, row.ResearchersAndEngineers).ShouldBe((3, 2, 26, 13));

        var survival = await api.GetSurvivalByFoundingYearAsync(year, Ct);
        survival.Size.ShouldBeGreaterThanOrEqualTo(3);
        survival.Years.Count.ShouldBe(2);
    }
}
