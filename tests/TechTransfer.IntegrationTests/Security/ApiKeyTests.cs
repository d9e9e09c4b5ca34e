using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Security;

/// <summary>
/// Staff issue a key in the issuing service (Disclosures); every other service learns it from the bus and
/// lets the partner in, bound to its organisation; a revoked key is refused everywhere.
/// </summary>
public sealed class ApiKeyTests(TestInfrastructure infrastructure)
{
    private sealed record Issued(Guid KeyId, string ApiKey, Guid OrganisationId);

    [Fact]
    public async Task A_key_issued_by_staff_lets_its_partner_in_everywhere_until_it_is_revoked()
    {
        await using var issuer = new ServiceHost<DisclosuresApi>(infrastructure, "keyissuer");
        await issuer.StartReadyAsync();
        await using var service = await PartnerProbe.StartAsync(infrastructure);
        await IntegrationTests.Plumbing.IdempotentConsumerTests.WaitForBusAsync(service);
        var staff = issuer.ClientAs(Roles.Staff);
        var ct = TestContext.Current.CancellationToken;
        var licensee = Guid.NewGuid();

        var response = await staff.PostAsJsonAsync("/admin/api-keys", new { organisationId = licensee, organisationKind = "licensee", label = "Acme Sensors ERP" }, ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var issued = (await response.Content.ReadFromJsonAsync<Issued>(ct))!;

        var partner = service.GetTestClient();
        partner.DefaultRequestHeaders.Add("X-Api-Key", issued.ApiKey);
        var me = await Eventually.GetAsync(async () =>
        {
            var answer = await partner.GetAsync("/whoami");
            return answer.IsSuccessStatusCode ? await answer.Content.ReadFromJsonAsync<PartnerProbe.WhoAmI>() : null;
        }, "the service to learn the new key");
        me.ShouldBe(new PartnerProbe.WhoAmI("Acme Sensors ERP", licensee.ToString()));

        // Listing never shows the key or its hash.
        var listed = await staff.GetStringAsync($"/admin/api-keys?organisationId={licensee}", ct);
        listed.ShouldContain(issued.KeyId.ToString());
        listed.ShouldNotContain(issued.ApiKey.Split('_')[^1]);
        listed.ShouldNotContain("hash", Case.Insensitive);

        (await staff.DeleteAsync($"/admin/api-keys/{issued.KeyId}", ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Eventually.TrueAsync(async () => (await partner.GetAsync("/whoami")).StatusCode == HttpStatusCode.Unauthorized,
            "the revoked key to be refused");
    }

    [Theory]
    [InlineData("ttk_0195f3a0000070008000000000000001_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-key")]
    public async Task An_unknown_or_malformed_key_is_refused(string key)
    {
        await using var service = await PartnerProbe.StartAsync(infrastructure);
        var partner = service.GetTestClient();
        partner.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await partner.GetAsync("/whoami", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Only_staff_issue_keys_and_requests_name_what_is_wrong()
    {
        await using var issuer = new ServiceHost<DisclosuresApi>(infrastructure, "keyissuer");
        await issuer.StartReadyAsync();
        var ct = TestContext.Current.CancellationToken;
        var body = new { organisationId = Guid.NewGuid(), organisationKind = "investor", label = "Seed fund portal" };

        (await issuer.ClientAs(Roles.Partner).PostAsJsonAsync("/admin/api-keys", body, ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var bad = await issuer.ClientAs(Roles.Staff).PostAsJsonAsync("/admin/api-keys", body with { organisationKind = "pirate" }, ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("errors").TryGetProperty("OrganisationKind", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Revoking_is_idempotent_and_an_unknown_key_is_a_404()
    {
        await using var issuer = new ServiceHost<DisclosuresApi>(infrastructure, "keyissuer");
        await issuer.StartReadyAsync();
        var staff = issuer.ClientAs(Roles.Staff);
        var ct = TestContext.Current.CancellationToken;
        var response = await staff.PostAsJsonAsync("/admin/api-keys", new { organisationId = Guid.NewGuid(), organisationKind = "investor", label = "Seed fund portal" }, ct);
        var issued = (await response.Content.ReadFromJsonAsync<Issued>(ct))!;

        // Four at once, then once more: each answered 204, and the key's stream holds one revocation.
        var revokes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => staff.DeleteAsync($"/admin/api-keys/{issued.KeyId}", ct)));
        revokes.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.NoContent);
        (await staff.DeleteAsync($"/admin/api-keys/{issued.KeyId}", ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var events = await issuer.Services.GetRequiredService<IDocumentStore>().QuerySession().Events.FetchStreamAsync(issued.KeyId, token: ct);
        events.Select(e => e.EventTypeName).ShouldBe(["api_key_issued", "api_key_revoked"]);

        (await staff.DeleteAsync($"/admin/api-keys/{Guid.NewGuid()}", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
