using System.Net;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Disclosures.IntegrationTests;

/// <summary>Staff list their portfolio by title, facility and phase, without reading confidential fields.</summary>
public sealed class PortfolioListTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "portfolio")
{
    [Fact]
    public async Task Staff_find_a_technology_by_exact_title_and_list_a_facility_newest_first()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = (await Api.DiscloseTechnologyAsync(Sample.Request("Cryogenic valve", facility: "JET"), ct)).Id;
        var second = (await Api.DiscloseTechnologyAsync(Sample.Request("Plasma-facing tile", facility: "JET"), ct)).Id;
        await Api.DiscloseTechnologyAsync(Sample.Request("Cryogenic valve", facility: "ITER"), ct);

        var byTitle = await Api.ListTechnologiesAsync(title: "Cryogenic valve", facility: "JET", ct: ct);
        byTitle.Total.ShouldBe(1);
        var line = byTitle.Items.ShouldHaveSingleItem();
        (line.Id, line.Version, line.Title, line.Facility).ShouldBe((first, 2L, "Cryogenic valve", "JET"));
        // The summary has no confidential field in the SDK's shape; the wire itself must not carry one either.
        var wire = await Staff.GetStringAsync("/technologies?title=Cryogenic%20valve&facility=JET", ct);
        wire.ShouldNotContain(Sample.SecretDescription);
        wire.ShouldNotContain(Sample.InventorEmail);

        var jet = await Api.ListTechnologiesAsync(facility: "JET", pageSize: 1, ct: ct);
        jet.Total.ShouldBe(2);
        jet.Items[0].Id.ShouldBe(second);

        (await SdkCalls.RefusedAsync(() => Api.ListTechnologiesAsync(pageSize: 1000, ct: ct), HttpStatusCode.BadRequest)).ToString().ShouldContain("pageSize", Case.Insensitive);
        await SdkCalls.RefusedAsync(() => PartnerApi().ListTechnologiesAsync(ct: ct), HttpStatusCode.Forbidden);
    }
}
