using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client;
using TechTransfer.Client.Admin;
using TechTransfer.Client.Disclosures;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Sdk;

/// <summary>
/// <see cref="TechTransferClientRegistration.AddTechTransferClient"/> as a partner system uses it: one call,
/// an API key, a real Disclosures host (reached through its in-memory handler).
/// </summary>
public sealed class ClientRegistrationTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ServiceProvider Partner(ServiceHost<DisclosuresApi> host, Action<TechTransferClientOptions> authenticate) =>
        new ServiceCollection().AddTechTransferClient(o =>
        {
            o.Disclosures = host.Server.BaseAddress;
            o.PrimaryHandler = () => host.Server.CreateHandler();
            authenticate(o);
        }).BuildServiceProvider();

    [Fact]
    public async Task A_partner_registered_with_its_api_key_searches_the_catalogue_and_a_wrong_key_is_refused()
    {
        await using var host = new ServiceHost<DisclosuresApi>(infrastructure, "sdkreg");
        await host.StartReadyAsync();

        // Staff tooling registers with a bearer token; its keyed admin client issues the partner's key.
        await using var staff = Partner(host, o => o.BearerToken = _ => ValueTask.FromResult(TestIdentity.TokenFor(Roles.Staff, "olga.staff")));
        var admin = staff.GetRequiredKeyedService<IAdminApi>(TechTransferServices.Disclosures);
        var organisation = Guid.NewGuid();
        var issued = await admin.IssueApiKeyAsync(new IssueApiKey(organisation, OrganisationKinds.Licensee, "Acme Sensors ERP"), Ct);
        issued.ApiKey.ShouldStartWith("ttk_");
        var technology = await staff.GetRequiredService<IDisclosuresApi>().DiscloseTechnologyAsync(Sample.Request("Registered quench detector"), Ct);
        // Every service, the issuer too, learns keys from the issuer's events: the list follows within moments.
        var listed = await Eventually.GetAsync(async () => (await admin.ListApiKeysAsync(organisation, Ct)).SingleOrDefault(), "the key to be listed");
        listed.ShouldSatisfyAllConditions(
            k => k.KeyId.ShouldBe(issued.KeyId), k => k.Label.ShouldBe("Acme Sensors ERP"), k => k.RevokedAt.ShouldBeNull());

        // The partner's one call; the service learns the key from its own event within moments.
        await using var partner = Partner(host, o => o.ApiKey = issued.ApiKey);
        var catalogue = partner.GetRequiredService<IDisclosuresApi>();
        var page = await Eventually.GetAsync(async () =>
        {
            try { return await catalogue.SearchCatalogueAsync(ct: Ct); }
            catch (ApiException e) when (e.StatusCode == HttpStatusCode.Unauthorized) { return null; }
        }, "the service to accept the new key");
        page.Items.ShouldBeEmpty(); // disclosed, not marketed: partners never see it
        // Authenticated as a partner: the staff record stays out of reach.
        (await catalogue.GetTechnologyAsync(technology.Id, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var intruder = Partner(host, o => o.ApiKey = "ttk_0195f3a0000070008000000000000001_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        (await Should.ThrowAsync<ApiException>(() => intruder.GetRequiredService<IDisclosuresApi>().SearchCatalogueAsync(ct: Ct)))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // Revoked: refused within moments.
        await admin.RevokeApiKeyAsync(issued.KeyId, Ct);
        await Eventually.TrueAsync(async () => (await admin.ListApiKeysAsync(organisation, Ct)).Single().RevokedAt is not null, "the key to be listed as revoked");
        await Eventually.TrueAsync(async () =>
        {
            try { await catalogue.SearchCatalogueAsync(ct: Ct); return false; }
            catch (ApiException e) when (e.StatusCode == HttpStatusCode.Unauthorized) { return true; }
        }, "the revoked key to be refused");
    }

    [Fact]
    public void Only_the_services_given_an_address_are_registered()
    {
        using var provider = new ServiceCollection()
            .AddTechTransferClient(o => { o.Financing = new Uri("http://financing.invalid/"); o.ApiKey = "ttk_x"; })
            .BuildServiceProvider();

        provider.GetService<TechTransfer.Client.Financing.IFinancingApi>().ShouldNotBeNull();
        provider.GetKeyedService<IAdminApi>(TechTransferServices.Financing).ShouldNotBeNull();
        provider.GetService<IDisclosuresApi>().ShouldBeNull();
        provider.GetKeyedService<IAdminApi>(TechTransferServices.Disclosures).ShouldBeNull();
    }
}
