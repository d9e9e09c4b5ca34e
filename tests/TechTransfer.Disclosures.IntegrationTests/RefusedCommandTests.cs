using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Disclosures.IntegrationTests;

/// <summary>Refused commands: ProblemDetails naming the rule or the stale version, and nothing appended.</summary>
public sealed class RefusedCommandTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "refused")
{
    [Fact]
    public async Task A_stale_If_Match_is_refused_with_412_and_appends_nothing()
    {
        var id = await Staff.DiscloseAsync(Sample.Disclosure());
        await Staff.CommandAsync(HttpMethod.Post, $"/technologies/{id}/assessments", new { decision = "Hold", trl = 3 }, ifMatch: 2);

        var stale = await Staff.SendAsync(HttpMethod.Post, $"/technologies/{id}/assessments", new { decision = "Pursue", trl = 5 }, ifMatch: 2);

        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        stale.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        await VersionShouldBeAsync(id, 3);
        (await Staff.GetOkAsync($"/technologies/{id}")).GetProperty("assessment").GetProperty("decision").GetString().ShouldBe("Hold");
    }

    [Fact]
    public async Task Concurrent_commands_without_If_Match_never_lose_an_update()
    {
        var id = await Staff.DiscloseAsync(Sample.Disclosure());

        // Each assessment reads version 2 or later and appends one event; Marten refuses a commit on a moved stream.
        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(trl =>
            Staff.SendAsync(HttpMethod.Post, $"/technologies/{id}/assessments", new { decision = "Hold", trl })));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
        var succeeded = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        succeeded.ShouldBeGreaterThan(0);
        await VersionShouldBeAsync(id, 2 + succeeded);
        (await Staff.GetOkAsync($"/technologies/{id}/journey")).GetProperty("steps").EnumerateArray()
            .Count(s => s.GetProperty("step").GetString() == "assessed").ShouldBe(succeeded);
    }

    [Fact]
    public async Task Commands_that_break_a_rule_are_refused_naming_it_and_append_nothing()
    {
        var id = await Staff.DiscloseAsync(Sample.Disclosure());

        await RefusedAsync(id, HttpMethod.Put, "marketing", Marketing, 409, "marketing-needs-decision-to-pursue", version: 2);
        await Staff.CommandAsync(HttpMethod.Post, $"/technologies/{id}/assessments", new { decision = "Pursue", trl = 4 });
        await RefusedAsync(id, HttpMethod.Put, "marketing", Marketing, 409, "ip-ownership-agreed-first", version: 3);
        await RefusedAsync(id, HttpMethod.Put, "inventors", new { inventors = new[] { new { name = "Ada", affiliation = "CERN", email = "ada@cern.example", share = 90m } } },
            422, "inventor-shares-add-up-to-100", version: 3);
        await RefusedAsync(id, HttpMethod.Post, "phase-advances", new { to = "SmeProduct", evidence = "sold" }, 409, "phase-advances-one-step-at-a-time", version: 3);
        await RefusedAsync(id, HttpMethod.Post, "transfers", new { form = "Licence", counterpart = "Cryo SARL", reference = "L-1", on = Today() },
            422, "transfer-form-is-recorded-by-its-service", version: 3);
        await RefusedAsync(id, HttpMethod.Post, "patent-applications", new { office = "EP", applicationNumber = "EP1000", filedOn = Today(5) },
            422, "filing-date-is-not-in-the-future", version: 3);
    }

    [Fact]
    public async Task Unknown_technologies_are_404_and_bad_bodies_are_400_with_the_field()
    {
        var unknown = await Staff.SendAsync(HttpMethod.Post, $"/technologies/{Guid.NewGuid()}/assessments", new { decision = "Pursue", trl = 4 });
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var id = await Staff.DiscloseAsync(Sample.Disclosure());
        var bad = await Staff.SendAsync(HttpMethod.Post, $"/technologies/{id}/assessments", new { decision = "Pursue", trl = 12 });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Trl");
        await VersionShouldBeAsync(id, 2);
    }

    [Fact]
    public async Task Nested_and_query_input_is_validated_field_by_field()
    {
        var disclosure = await Staff.PostAsJsonAsync("/technologies", new
        {
            title = "Quench detector", facility = "CERN", lab = "TE", field = "Magnets", confidentialDescription = "A confidential description.",
            conceivedOn = "2025-01-15", inventors = new[] { new { name = "Ada", affiliation = "CERN", email = "not-an-email", share = 100m } },
        }, TestContext.Current.CancellationToken);
        disclosure.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await disclosure.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Email");

        var page = await Partner.GetAsync("/catalogue?pageSize=1000", TestContext.Current.CancellationToken);
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("pageSize", Case.Insensitive);
    }

    [Fact]
    public async Task The_api_description_names_every_command_and_query()
    {
        var document = await Host.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        foreach (var operation in new[] { "DiscloseTechnology", "AmendInventors", "AssessTechnology", "AgreeIpOwnership", "FilePatentApplication",
                     "GrantPatent", "AbandonPatentApplication", "PublishForMarketing", "AdvancePhase", "RecordTransfer", "AbandonTechnology",
                     "GetTechnology", "GetJourney", "SearchCatalogue", "GetCatalogueEntry", "DisclosuresAwaitingAssessment", "PatentDeadlines",
                     "SmeProductEvidenceToReview", "Scoreboard" })
            document.ShouldContain($"\"{operation}\"");
    }

    private static object Marketing => new
    {
        publicTitle = "Fast quench protection",
        summary = "Protects superconducting magnets by detecting quenches within microseconds.",
        applications = new[] { "MRI magnets" },
    };

    private async Task RefusedAsync(Guid id, HttpMethod method, string path, object body, int status, string rule, long version)
    {
        var response = await Staff.SendAsync(method, $"/technologies/{id}/{path}", body);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(text).RootElement.GetProperty("rule").GetString().ShouldBe(rule);
        await VersionShouldBeAsync(id, version);
    }

    private async Task VersionShouldBeAsync(Guid id, long version)
    {
        var response = await Staff.GetAsync($"/technologies/{id}", TestContext.Current.CancellationToken);
        response.Headers.ETag!.Tag.ShouldBe($"\"{version}\"");
    }
}
