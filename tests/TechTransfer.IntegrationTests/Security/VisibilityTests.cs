using System.Net;
using Microsoft.AspNetCore.TestHost;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Security;

/// <summary>Another organisation's object looks exactly like one that does not exist.</summary>
public sealed class VisibilityTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_partner_sees_its_own_objects_and_gets_404_for_another_organisations()
    {
        await using var service = await PartnerProbe.StartAsync(infrastructure);
        var thing = PartnerProbe.OwnedByAcme;
        var url = $"/owned/{thing.Id}";
        var ct = TestContext.Current.CancellationToken;

        (await service.GetTestClient().As(Roles.Partner, "acme", thing.OwnerOrganisation).GetAsync(url, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await service.GetTestClient().As(Roles.Staff).GetAsync(url, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var snooper = service.GetTestClient().As(Roles.Partner, "rival", Guid.NewGuid());
        var theirs = await snooper.GetAsync(url, ct);
        var missing = await snooper.GetAsync($"/owned/{Guid.NewGuid()}", ct);
        theirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await theirs.Content.ReadAsStringAsync(ct)).Replace(thing.Id.ToString(), "ID")
            .ShouldNotContain(thing.OwnerOrganisation.ToString());
    }
}
