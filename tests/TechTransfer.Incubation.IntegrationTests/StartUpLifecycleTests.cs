using System.Net;
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
        using var manager = incubation.ManagerOf(organisation);
        var cohortId = await incubation.CohortAsync(manager, incubatorId, "2026 spring", Today.AddMonths(-1), Today.AddMonths(5));

        // When its manager proposes and founds a start-up and admits it to the cohort
        var id = await IncubationFixture.ProposeAsync(manager, "Quenchless SAS", magnet, plasma);
        await manager.PostOkAsync($"/start-ups/{id}/founding", new { registrationNumber = "RCS Annecy 901 234 567", foundedOn = Today.AddDays(-20) });
        await manager.PostOkAsync($"/start-ups/{id}/admission", new { incubatorId, cohortId });

        // Then Financing and Disclosures hear of it with its technologies, registration, the facility's share and who did it
        var founded = await incubation.Probe.WaitForAsync(m => m.Message.GetProperty("startUpId").GetGuid() == id && m.RawBody.Contains(StartUpFounded.Urn), "StartUpFounded");
        founded.Message.GetProperty("technologyIds").EnumerateArray().Select(t => t.GetGuid()).ShouldBe([magnet, plasma]);
        founded.Message.GetProperty("registrationNumber").GetString().ShouldBe("RCS Annecy 901 234 567");
        founded.Message.WireDecimal("facilityEquityShare").ShouldBe(12.5m);
        founded.Message.GetProperty("by").GetString().ShouldBe("mia.manager");
        var admitted = await incubation.Probe.WaitForAsync(m => m.Message.GetProperty("startUpId").GetGuid() == id && m.RawBody.Contains(StartUpAdmitted.Urn), "StartUpAdmitted");
        admitted.Message.GetProperty("cohortName").GetString().ShouldBe("2026 spring");

        // When it plans milestones, reaches two of them (one is the product launch), reports jobs and gets the cluster label
        var prototype = (await manager.PostOkAsync($"/start-ups/{id}/milestones", new { kind = "PrototypeBuilt", dueOn = Today.AddDays(-5) })).GetProperty("partId").GetGuid();
        var launch = (await manager.PostOkAsync($"/start-ups/{id}/milestones", new { kind = "ProductLaunched", dueOn = Today.AddMonths(3), title = "QD-1 quench detector" }))
            .GetProperty("partId").GetGuid();
        await manager.PostOkAsync($"/start-ups/{id}/milestones", new { kind = "Other", dueOn = Today.AddDays(-2), title = "CE marking" });
        await manager.PostOkAsync($"/start-ups/{id}/milestones/{prototype}/achievement", new { evidence = "Demonstrated at CERN's magnet test hall" });
        await manager.PostOkAsync($"/start-ups/{id}/milestones/{launch}/achievement", new { evidence = "Catalogue page and first invoice" });
        await manager.PostOkAsync($"/start-ups/{id}/jobs", new { headCount = 8, researchersAndEngineers = 5 });
        await incubation.Staff.PostOkAsync($"/start-ups/{id}/labels", new { label = "Innovative Cluster Company", expiresOn = Today.AddYears(2), awarder = "Arve Industries cluster" });

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
        var funded = await Eventually.GetAsync(async () =>
        {
            var profile = await manager.GetOkAsync($"/start-ups/{id}");
            return profile.GetProperty("fundingRounds").GetArrayLength() == 2 ? (object)profile : null;
        }, "both rounds recorded");
        var eur = ((System.Text.Json.JsonElement)funded).GetProperty("funding").EnumerateArray().Single();
        (eur.GetProperty("total").GetDecimal(), eur.GetProperty("public").GetDecimal(), eur.GetProperty("private").GetDecimal(), eur.GetProperty("unsplit").GetDecimal())
            .ShouldBe((340_000m, 81_000m, 219_000m, 40_000m));

        // And the cohort dashboard shows the late milestone, the funding and the jobs
        var dashboard = await manager.GetOkAsync($"/incubators/{incubatorId}/cohorts/{cohortId}/dashboard");
        var member = dashboard.GetProperty("members").EnumerateArray().Single();
        member.GetProperty("lateMilestones").EnumerateArray().Select(m => m.GetProperty("title").GetString()).ShouldBe(["CE marking"]);
        member.GetProperty("latestJobs").GetProperty("headCount").GetInt32().ShouldBe(8);
        dashboard.GetProperty("jobs").GetInt32().ShouldBe(8);
        dashboard.GetProperty("funding").EnumerateArray().Single().GetProperty("total").GetDecimal().ShouldBe(340_000m);

        // And a financier sees it among the labelled start-ups, without founders or equity
        using var financier = incubation.ClientAs("financier", "fred.financier");
        var visible = (await financier.GetOkAsync("/start-ups/visible-to-investors")).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        visible.TryGetProperty("founders", out _).ShouldBeFalse();
        visible.TryGetProperty("facilityEquityShare", out _).ShouldBeFalse();
        (await financier.GetAsync($"/start-ups/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // When it graduates
        await manager.PostOkAsync($"/start-ups/{id}/graduation", new { reason = "ready to fly" });

        // Then it left the incubator, the graduation is published, and nothing more can be decided on its milestones
        var graduated = await incubation.Probe.WaitForAsync(m => m.Message.GetProperty("startUpId").GetGuid() == id && m.RawBody.Contains(StartUpGraduated.Urn), "graduated");
        graduated.Message.GetProperty("graduatedOn").GetString().ShouldBe(Today.ToString("yyyy-MM-dd"));
        var profileAfter = await manager.GetOkAsync($"/start-ups/{id}");
        profileAfter.GetProperty("status").GetString().ShouldBe("Graduated");
        profileAfter.GetProperty("incubatorId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await (await manager.PostAsync($"/start-ups/{id}/failure", new { reason = "too late" })).ProblemAsync(409)).GetProperty("rule").GetString().ShouldBe("start-up-is-active");

        // And its history lists every step with who recorded it
        var history = (await manager.GetOkAsync($"/start-ups/{id}/history")).EnumerateArray().ToList();
        history.Select(h => h.GetProperty("event").GetString()).ShouldBe(
        [
            "start-up-proposed", "start-up-founded", "start-up-admitted", "milestone-planned", "milestone-planned", "milestone-planned", "milestone-achieved",
            "milestone-achieved", "product-launched", "jobs-reported", "label-awarded", "start-up-graduated",
        ]);
        history[0].GetProperty("by").GetString().ShouldBe("mia.manager");
        history[10].GetProperty("by").GetString().ShouldBe("olga.staff");
        history.Select(h => h.GetProperty("version").GetInt64()).ShouldBe(Enumerable.Range(1, 12).Select(v => (long)v));
    }

    [Fact]
    public async Task Founding_on_a_technology_not_fully_heard_of_fails_closed_when_Disclosures_cannot_be_asked_and_nothing_is_written()
    {
        // This fixture's Disclosures answers nowhere (the rules Disclosures' answers lead to: DisclosuresFallbackTests).
        var agreed = await incubation.TechnologyAsync("CERN");
        var unagreed = await incubation.TechnologyAsync("CERN", ipAgreed: false);
        var never = Guid.NewGuid();

        var unknown = await IncubationFixture.ProposeAsync(incubation.Staff, "Ghost SAS", agreed, never);
        (await (await incubation.Staff.PostAsync($"/start-ups/{unknown}/founding", new { registrationNumber = "RCS 1" })).ProblemAsync(503))
            .GetProperty("rule").GetString().ShouldBe("disclosures-is-reachable");

        var pending = await IncubationFixture.ProposeAsync(incubation.Staff, "Early SAS", unagreed);
        (await (await incubation.Staff.PostAsync($"/start-ups/{pending}/founding", new { registrationNumber = "RCS 2" })).ProblemAsync(503))
            .GetProperty("rule").GetString().ShouldBe("disclosures-is-reachable");
        (await incubation.Staff.GetOkAsync($"/start-ups/{pending}")).GetProperty("version").GetInt64().ShouldBe(1);

        // Once Disclosures' agreement is heard, the same request goes through without asking, once
        await incubation.OtherServices.PublishAsync(new TechTransfer.Contracts.Disclosures.IpOwnershipAgreed(unagreed,
            [new TechTransfer.Contracts.Disclosures.OwnerShare("CERN", "facility", 100m)], "IPA-late", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await incubation.Staff.GetOkAsync($"/technologies/{unagreed}")).GetProperty("ipOwnershipAgreed").GetBoolean(), "IP agreed");
        await incubation.Staff.PostOkAsync($"/start-ups/{pending}/founding", new { registrationNumber = "RCS 2" });
        (await (await incubation.Staff.PostAsync($"/start-ups/{pending}/founding", new { registrationNumber = "RCS 2" })).ProblemAsync(409))
            .GetProperty("rule").GetString().ShouldBe("start-up-is-founded-once");
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_naming_the_field_or_rule_and_never_a_500()
    {
        var technology = await incubation.TechnologyAsync("ITER");
        var missing = await (await incubation.Staff.PostAsync("/start-ups", new { name = "X SAS", founders = Array.Empty<string>() })).ProblemAsync(400);
        var errors = missing.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name.ToLowerInvariant()).ShouldContain(n => n.Contains("technologyids"));
        errors.EnumerateObject().Select(e => e.Name.ToLowerInvariant()).ShouldContain(n => n.Contains("founders"));

        (await (await incubation.Staff.PostAsync("/start-ups", new { name = "X SAS", founders = new[] { "A" }, technologyIds = new[] { technology }, facilityEquityShare = 120 }))
            .ProblemAsync(400)).GetProperty("errors").EnumerateObject().Select(e => e.Name.ToLowerInvariant()).ShouldContain(n => n.Contains("facilityequityshare"));

        using var raw = new StringContent("{\"name\": \"X\", \"founders\": 5}", System.Text.Encoding.UTF8, "application/json");
        (await (await incubation.Staff.PostAsync("/start-ups", raw, Ct)).ProblemAsync(400)).GetProperty("field").GetString()!.ShouldContain("founders");

        var id = await incubation.FoundedStartUpAsync(incubation.Staff, "Careful SAS", "ITER");
        (await (await incubation.Staff.PostAsync($"/start-ups/{id}/jobs", new { headCount = 3, researchersAndEngineers = 4 })).ProblemAsync(422))
            .GetProperty("rule").GetString().ShouldBe("researchers-and-engineers-within-head-count");
        (await (await incubation.Staff.PostAsync($"/start-ups/{id}/milestones", new { kind = "Other", dueOn = Today })).ProblemAsync(422))
            .GetProperty("rule").GetString().ShouldBe("free-milestone-is-titled");
        (await (await incubation.Staff.PostAsync($"/start-ups/{id}/admission", new { incubatorId = Guid.NewGuid() })).ProblemAsync(422))
            .GetProperty("rule").GetString().ShouldBe("incubator-is-known");
        await (await incubation.Staff.PostAsync($"/start-ups/{id}/milestones/{Guid.NewGuid()}/achievement", new { evidence = "demo" })).ProblemAsync(404);
        await (await incubation.Staff.PostAsync($"/start-ups/{Guid.NewGuid()}/jobs", new { headCount = 3, researchersAndEngineers = 1 })).ProblemAsync(404);
        (await (await incubation.Staff.PostAsync($"/start-ups/{id}/jobs", new { headCount = 3, researchersAndEngineers = 1 }, ifMatch: 1)).ProblemAsync(412))
            .GetProperty("detail").GetString()!.ShouldContain("version 2");
        (await incubation.Staff.GetOkAsync($"/start-ups/{id}")).GetProperty("version").GetInt64().ShouldBe(2);
        (await (await incubation.Staff.GetAsync("/figures/years/1800", Ct)).ProblemAsync(400)).GetProperty("field").GetString().ShouldBe("year");
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
