using System.Net;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client;
using TechTransfer.Client.Incubation;
using TechTransfer.Contracts.Financing;
using TechTransfer.Contracts.Incubation;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Incubation.IntegrationTests;

/// <summary>Start-ups through the API on real PostgreSQL and RabbitMQ: Disclosures' and Financing's events in, Incubation's events out.</summary>
public sealed class StartUpLifecycleTests(IncubationFixture incubation) : IClassFixture<IncubationFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => IncubationFixture.Today;

    [Fact]
    public async Task A_start_up_is_founded_on_agreed_technologies_admitted_reaches_its_milestones_is_funded_and_graduates_telling_the_other_services()
    {
        // Given two technologies Disclosures announced with their IP ownership agreed, and a technopark with a running cohort
        var magnet = await incubation.TechnologyAsync("CERN");
        var plasma = await incubation.TechnologyAsync("JET", title: "Plasma diagnostics");
        var organisation = Guid.NewGuid();
        var incubatorId = await incubation.IncubatorAsync(organisation);
        var manager = incubation.PartnerApi(organisation);
        var cohortId = await IncubationFixture.CohortAsync(manager, incubatorId, "2026 spring", Today.AddMonths(-1), Today.AddMonths(5));

        // When its manager proposes and founds a start-up and admits it to the cohort
        var id = await IncubationFixture.ProposeAsync(manager, "Quenchless SAS", magnet, plasma);
        await manager.FoundStartUpAsync(id, new FoundStartUp("RCS Annecy 901 234 567", Today.AddDays(-20)), ct: Ct);
        await manager.AdmitStartUpAsync(id, new AdmitStartUp(incubatorId, cohortId), ct: Ct);

        // Then Financing and Disclosures hear of it with its technologies, registration, the facility's share and who did it
        var founded = await incubation.Probe.WaitForAsync(m => m.Message.GetProperty("startUpId").GetGuid() == id && m.RawBody.Contains(StartUpFounded.Urn), "StartUpFounded");
        founded.Message.GetProperty("technologyIds").EnumerateArray().Select(t => t.GetGuid()).ShouldBe([magnet, plasma]);
        founded.Message.GetProperty("registrationNumber").GetString().ShouldBe("RCS Annecy 901 234 567");
        founded.Message.WireDecimal("facilityEquityShare").ShouldBe(12.5m);
        founded.Message.GetProperty("by").GetString().ShouldBe("mia.manager");
        var admitted = await incubation.Probe.WaitForAsync(m => m.Message.GetProperty("startUpId").GetGuid() == id && m.RawBody.Contains(StartUpAdmitted.Urn), "StartUpAdmitted");
        admitted.Message.GetProperty("cohortName").GetString().ShouldBe("2026 spring");

        // When it plans milestones, reaches two of them (one is the product launch), reports jobs and gets the cluster label
        var prototype = (await manager.PlanMilestoneAsync(id, new PlanMilestone(MilestoneKind.PrototypeBuilt, Today.AddDays(-5)), ct: Ct)).PartId;
        var launch = (await manager.PlanMilestoneAsync(id, new PlanMilestone(MilestoneKind.ProductLaunched, Today.AddMonths(3), "QD-1 quench detector"), ct: Ct)).PartId;
        await manager.PlanMilestoneAsync(id, new PlanMilestone(MilestoneKind.Other, Today.AddDays(-2), "CE marking"), ct: Ct);
        await manager.AchieveMilestoneAsync(id, prototype, new AchieveMilestone("Demonstrated at CERN's magnet test hall"), ct: Ct);
        await manager.AchieveMilestoneAsync(id, launch, new AchieveMilestone("Catalogue page and first invoice"), ct: Ct);
        await manager.ReportJobsAsync(id, new ReportJobs(8, 5), ct: Ct);
        await incubation.Api.AwardLabelAsync(id, new AwardLabel("Innovative Cluster Company", Today.AddYears(2), Awarder: "Arve Industries cluster"), ct: Ct);

        // Then the launch leaves as the SME-product signal, with the product named by the milestone
        var launched = await incubation.Probe.WaitForAsync(m => m.Message.GetProperty("startUpId").GetGuid() == id && m.RawBody.Contains(StartUpProductLaunched.Urn), "launch");
        launched.Message.GetProperty("product").GetString().ShouldBe("QD-1 quench detector");
        launched.Message.GetProperty("technologyIds").GetArrayLength().ShouldBe(2);
        var jobs = await incubation.Probe.WaitForAsync(m => m.Message.GetProperty("startUpId").GetGuid() == id && m.RawBody.Contains(StartUpJobsReported.Urn), "jobs");
        jobs.Message.GetProperty("headCount").GetInt32().ShouldBe(8);
        await Eventually.TrueAsync(() => Task.FromResult(
            incubation.Probe.Received.Count(m => m.Message.GetProperty("startUpId").GetGuid() == id && m.RawBody.Contains(MilestoneAchieved.Urn)) == 2), "two milestones achieved");

        // When Financing closes two rounds (one redelivered, one from an older publisher without the public/private split)
        var round = new RoundClosed(Guid.NewGuid(), id, "equity", 300_000m, "EUR", Today, DateTimeOffset.UtcNow, 81_000m, 219_000m);
        var messageId = Guid.NewGuid();
        await incubation.OtherServices.PublishAsync(round, messageId);
        await incubation.OtherServices.PublishAsync(round, messageId);
        await incubation.OtherServices.PublishAsync(round);
        await incubation.OtherServices.PublishAsync(new RoundClosed(Guid.NewGuid(), id, "grant", 40_000m, "EUR", Today, DateTimeOffset.UtcNow));

        // Then the start-up's funding to date counts each round once, split where Financing split it
        var funded = await Eventually.GetAsync(async () => await manager.GetStartUpAsync(id, Ct) is { FundingRounds.Count: 2 } profile ? profile : null,
            "both rounds recorded");
        var eur = funded.Funding.ShouldHaveSingleItem();
        (eur.Total, eur.Public, eur.Private, eur.Unsplit).ShouldBe((340_000m, 81_000m, 219_000m, 40_000m));

        // And the cohort dashboard shows the late milestone, the funding and the jobs
        var dashboard = await manager.GetCohortDashboardAsync(incubatorId, cohortId, Ct);
        var member = dashboard.Members.ShouldHaveSingleItem();
        member.LateMilestones.Select(m => m.Title).ShouldBe(["CE marking"]);
        member.LatestJobs.ShouldNotBeNull().HeadCount.ShouldBe(8);
        dashboard.Jobs.ShouldBe(8);
        dashboard.Funding.ShouldHaveSingleItem().Total.ShouldBe(340_000m);

        // And a financier sees it among the labelled start-ups, without founders or equity (absent from the wire itself, so read raw)
        using var financierClient = incubation.ClientAs(Roles.Financier, "fred.financier");
        var financier = SdkCalls.For<IIncubationApi>(financierClient);
        var visible = (await financier.ListInvestorVisibleStartUpsAsync(Ct)).Single(s => s.Id == id);
        (visible.Name, visible.Labels.ShouldHaveSingleItem().Name, visible.LatestJobs.ShouldNotBeNull().HeadCount).ShouldBe(("Quenchless SAS", "Innovative Cluster Company", 8));
        var wire = (await financierClient.GetOkAsync("/start-ups/visible-to-investors")).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        wire.TryGetProperty("founders", out _).ShouldBeFalse();
        wire.TryGetProperty("facilityEquityShare", out _).ShouldBeFalse();
        await SdkCalls.RefusedAsync(() => financier.GetStartUpAsync(id, Ct), HttpStatusCode.Forbidden);

        // When it graduates
        await manager.GraduateAsync(id, new Graduate(Reason: "ready to fly"), ct: Ct);

        // Then it left the incubator, the graduation is published, and nothing more can be decided on its milestones
        var graduated = await incubation.Probe.WaitForAsync(m => m.Message.GetProperty("startUpId").GetGuid() == id && m.RawBody.Contains(StartUpGraduated.Urn), "graduated");
        graduated.Message.GetProperty("graduatedOn").GetString().ShouldBe(Today.ToString("yyyy-MM-dd"));
        var profileAfter = await manager.GetStartUpAsync(id, Ct);
        profileAfter.Status.ShouldBe(StartUpStatus.Graduated);
        profileAfter.IncubatorId.ShouldBeNull();
        (await SdkCalls.RefusedAsync(() => manager.FailAsync(id, new Fail("too late"), ct: Ct), HttpStatusCode.Conflict)).Rule().ShouldBe("start-up-is-active");

        // And its history lists every step with who recorded it
        var history = await manager.GetStartUpHistoryAsync(id, Ct);
        history.Select(h => h.Event).ShouldBe(
        [
            "start-up-proposed", "start-up-founded", "start-up-admitted", "milestone-planned", "milestone-planned", "milestone-planned", "milestone-achieved",
            "milestone-achieved", "product-launched", "jobs-reported", "label-awarded", "start-up-graduated",
        ]);
        history[0].By.ShouldBe("mia.manager");
        history[10].By.ShouldBe("olga.staff");
        history.Select(h => h.Version).ShouldBe(Enumerable.Range(1, 12).Select(v => (long)v));
    }

    [Fact]
    public async Task Founding_on_a_technology_not_fully_heard_of_fails_closed_when_Disclosures_cannot_be_asked_and_nothing_is_written()
    {
        // This fixture's Disclosures answers nowhere (the rules Disclosures' answers lead to: DisclosuresFallbackTests).
        var api = incubation.Api;
        var agreed = await incubation.TechnologyAsync("CERN");
        var unagreed = await incubation.TechnologyAsync("CERN", ipAgreed: false);
        var never = Guid.NewGuid();

        var unknown = await IncubationFixture.ProposeAsync(api, "Ghost SAS", agreed, never);
        (await SdkCalls.RefusedAsync(() => api.FoundStartUpAsync(unknown, new FoundStartUp("RCS 1"), ct: Ct), HttpStatusCode.ServiceUnavailable))
            .Rule().ShouldBe("disclosures-is-reachable");

        var pending = await IncubationFixture.ProposeAsync(api, "Early SAS", unagreed);
        (await SdkCalls.RefusedAsync(() => api.FoundStartUpAsync(pending, new FoundStartUp("RCS 2"), ct: Ct), HttpStatusCode.ServiceUnavailable))
            .Rule().ShouldBe("disclosures-is-reachable");
        (await api.GetStartUpAsync(pending, Ct)).Version.ShouldBe(1);

        // Once Disclosures' agreement is heard, the same request goes through without asking, once
        await incubation.OtherServices.PublishAsync(new TechTransfer.Contracts.Disclosures.IpOwnershipAgreed(unagreed,
            [new TechTransfer.Contracts.Disclosures.OwnerShare("CERN", "facility", 100m)], "IPA-late", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await api.GetKnownTechnologyAsync(unagreed, Ct)).IpOwnershipAgreed, "IP agreed");
        await api.FoundStartUpAsync(pending, new FoundStartUp("RCS 2"), ct: Ct);
        (await SdkCalls.RefusedAsync(() => api.FoundStartUpAsync(pending, new FoundStartUp("RCS 2"), ct: Ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("start-up-is-founded-once");
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_naming_the_field_or_rule_and_never_a_500()
    {
        var api = incubation.Api;
        var technology = await incubation.TechnologyAsync("ITER");
        // Fields left out and a number where a list goes: bodies the SDK cannot send
        var missing = await (await incubation.Staff.PostAsync("/start-ups", new { name = "X SAS", founders = Array.Empty<string>() })).ProblemAsync(400);
        var errors = missing.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name.ToLowerInvariant()).ShouldContain(n => n.Contains("technologyids"));
        errors.EnumerateObject().Select(e => e.Name.ToLowerInvariant()).ShouldContain(n => n.Contains("founders"));
        using var raw = new StringContent("{\"name\": \"X\", \"founders\": 5}", System.Text.Encoding.UTF8, "application/json");
        (await (await incubation.Staff.PostAsync("/start-ups", raw, Ct)).ProblemAsync(400)).GetProperty("field").GetString()!.ShouldContain("founders");

        (await SdkCalls.RefusedAsync(() => api.ProposeStartUpAsync(new ProposeStartUp("X SAS", ["A"], [technology], 120m), Ct), HttpStatusCode.BadRequest))
            .GetProperty("errors").EnumerateObject().Select(e => e.Name.ToLowerInvariant()).ShouldContain(n => n.Contains("facilityequityshare"));

        var id = await incubation.FoundedStartUpAsync(api, "Careful SAS", "ITER");
        (await SdkCalls.RefusedAsync(() => api.ReportJobsAsync(id, new ReportJobs(3, 4), ct: Ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("researchers-and-engineers-within-head-count");
        (await SdkCalls.RefusedAsync(() => api.PlanMilestoneAsync(id, new PlanMilestone(MilestoneKind.Other, Today), ct: Ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("free-milestone-is-titled");
        (await SdkCalls.RefusedAsync(() => api.AdmitStartUpAsync(id, new AdmitStartUp(Guid.NewGuid()), ct: Ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("incubator-is-known");
        await SdkCalls.RefusedAsync(() => api.AchieveMilestoneAsync(id, Guid.NewGuid(), new AchieveMilestone("demo"), ct: Ct), HttpStatusCode.NotFound);
        await SdkCalls.RefusedAsync(() => api.ReportJobsAsync(Guid.NewGuid(), new ReportJobs(3, 1), ct: Ct), HttpStatusCode.NotFound);
        (await SdkCalls.RefusedAsync(() => api.ReportJobsAsync(id, new ReportJobs(3, 1), ETags.For(1), Ct), HttpStatusCode.PreconditionFailed))
            .GetProperty("detail").GetString()!.ShouldContain("version 2");
        (await api.GetStartUpAsync(id, Ct)).Version.ShouldBe(2);
        (await SdkCalls.RefusedAsync(() => api.GetYearCountsAsync(1800, Ct), HttpStatusCode.BadRequest)).GetProperty("field").GetString().ShouldBe("year");
    }

    [Fact]
    public async Task The_api_description_names_every_command_and_query()
    {
        var document = await incubation.Host.CreateClient().GetStringAsync("/openapi/v1.json", Ct);
        foreach (var operation in new[] { "RegisterIncubator", "GetIncubator", "ListIncubators", "OpenCohort", "CohortDashboard", "CohortSurvival", "GetKnownTechnology",
                     "ProposeStartUp", "GetStartUp", "GetStartUpHistory", "ListStartUps", "ListInvestorVisibleStartUps", "FoundStartUp", "AdmitStartUp", "LeaveIncubator",
                     "PlanMilestone", "AchieveMilestone", "MissMilestone", "ReportJobs", "AwardLabel", "GraduateStartUp", "FailStartUp", "AcquireStartUp", "YearCounts",
                     "SurvivalByFoundingYear" })
            document.ShouldContain($"\"{operation}\"");
    }
}
