using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>Bad input gets ProblemDetails naming the field or rule, never a 500, and nothing is written.</summary>
public sealed class BadInputTests(TestInfrastructure infrastructure)
{
    public static TheoryData<string, string, int, string> BadRequests() => new()
    {
        { "application/json", """{"title":"x"}""", 400, "errors.Facility" },
        { "application/json", """{"title":null,"facility":"CERN"}""", 400, "errors.Title" },
        { "application/json", """{"title":5,"facility":"CERN"}""", 400, "field=$.title" },
        { "application/json", "not json at all", 400, "field=$" },
        { "application/json", "", 400, "detail" },
        { "text/plain", "title=x", 415, "title" },
        { "application/json", Disclosure("  ab  ", 50m), 422, "rule=title-is-meaningful" },
        { "application/json", Disclosure("Quench detector", 90m), 422, "rule=inventor-shares-add-up-to-100" },
    };

    // Valid in form (so the validation passes) but breaking a rule of the domain.
    private static string Disclosure(string title, decimal secondShare) => $$"""
        {"title":"{{title}}","facility":"CERN","lab":"TE","field":"Magnets","confidentialDescription":"A confidential description.",
         "conceivedOn":"2025-01-15","inventors":[{"name":"Ada","affiliation":"CERN","email":"ada@cern.example","share":50},
         {"name":"Bob","affiliation":"EPFL","email":"bob@epfl.example","share":{{secondShare}}}]}
        """;

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_disclosure_is_refused_with_problem_details_and_writes_nothing(string contentType, string body, int status, string names)
    {
        await using var disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "badinput");
        await disclosures.StartReadyAsync();
        var client = disclosures.ClientAs(Roles.Staff);
        var ct = TestContext.Current.CancellationToken;

        var response = await client.PostAsync("/technologies", new StringContent(body, Encoding.UTF8, contentType), ct);

        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        problem.GetProperty("status").GetInt32().ShouldBe(status);
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        var (member, value) = names.Split('=') is [var m, var v] ? (m, v) : (names, null);
        var named = member.Split('.').Aggregate(problem, (element, part) => element.GetProperty(part));
        if (value is not null) named.GetString().ShouldBe(value);
        problem.ToString().ShouldNotContain("Exception");
        problem.ToString().ShouldNotContain("TechTransfer.");

        await using var session = disclosures.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Events.QueryAllRawEvents().CountAsync(ct)).ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_technology_is_a_404_problem()
    {
        await using var disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "badinput");
        await disclosures.StartReadyAsync();
        var client = disclosures.ClientAs(Roles.Staff);

        var response = await client.GetAsync($"/technologies/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
