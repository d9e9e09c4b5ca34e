using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Security;

public sealed class AbuseLimitTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_partner_over_its_rate_gets_429_with_retry_after_while_another_partner_goes_on()
    {
        await using var service = await PartnerProbe.StartAsync(infrastructure, s =>
        {
            s["Security:Limits:PartnerPermitsPerWindow"] = "3";
            s["Security:Limits:PartnerWindow"] = "00:01:00";
        });
        var greedy = service.GetTestClient().As(Roles.Partner, "greedy", Guid.NewGuid());
        var other = service.GetTestClient().As(Roles.Partner, "other", Guid.NewGuid());
        var ct = TestContext.Current.CancellationToken;

        for (var i = 0; i < 3; i++) (await greedy.GetAsync("/whoami", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await greedy.GetAsync("/whoami", ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await refused.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("status").GetInt32().ShouldBe(429);
        (await other.GetAsync("/whoami", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Staff_and_admins_are_not_held_to_the_partner_rate()
    {
        await using var service = await PartnerProbe.StartAsync(infrastructure, s =>
        {
            s["Security:Limits:PartnerPermitsPerWindow"] = "3";
            s["Security:Limits:PartnerWindow"] = "00:01:00";
        });
        var ct = TestContext.Current.CancellationToken;
        var partner = service.GetTestClient().As(Roles.Partner, "acme", PartnerProbe.OwnedByAcme.OwnerOrganisation);
        for (var i = 0; i < 3; i++) (await partner.GetAsync($"/owned/{PartnerProbe.OwnedByAcme.Id}", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await partner.GetAsync($"/owned/{PartnerProbe.OwnedByAcme.Id}", ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "the same endpoint limits partners");
        foreach (var role in new[] { Roles.Staff, Roles.Admin })
        {
            var office = service.GetTestClient().As(role, $"busy-{role}");
            for (var i = 0; i < 10; i++)
                (await office.GetAsync($"/owned/{PartnerProbe.OwnedByAcme.Id}", ct)).StatusCode.ShouldBe(HttpStatusCode.OK, $"{role}, request {i + 1}");
        }
    }

    [Fact]
    public async Task An_oversized_body_gets_413_problem_details()
    {
        await using var service = await PartnerProbe.StartAsync(infrastructure, s => s["Security:Limits:MaxRequestBodyBytes"] = "1024");
        var partner = service.GetTestClient().As(Roles.Partner, "big", Guid.NewGuid());

        var response = await partner.PostAsync("/echo",
            new StringContent(JsonSerializer.Serialize(new { blob = new string('x', 4096) }), Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_oversized_disclosure_is_refused_with_413_and_writes_nothing()
    {
        var settings = HostSettings.For(infrastructure, "oversized");
        settings["Security:Limits:MaxRequestBodyBytes"] = "2048";
        await using var disclosures = new ServiceHost<DisclosuresApi>(settings);
        await disclosures.StartReadyAsync();
        var ct = TestContext.Current.CancellationToken;
        var disclosure = JsonSerializer.SerializeToNode(Sample.Disclosure(), JsonSerializerOptions.Web)!;
        disclosure["confidentialDescription"] = new string('y', 8192);
        var body = disclosure.ToJsonString();

        var response = await disclosures.ClientAs(Roles.Staff).PostAsync("/technologies",
            new StringContent(body, Encoding.UTF8, "application/json"), ct);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        await using var session = disclosures.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Events.QueryAllRawEvents().CountAsync(ct)).ShouldBe(0);
    }
}
