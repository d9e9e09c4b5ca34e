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
        var first = await Staff.DiscloseAsync(Sample.Disclosure("Cryogenic valve", facility: "JET"));
        var second = await Staff.DiscloseAsync(Sample.Disclosure("Plasma-facing tile", facility: "JET"));
        await Staff.DiscloseAsync(Sample.Disclosure("Cryogenic valve", facility: "ITER"));

        var byTitle = await Staff.GetOkAsync("/technologies?title=Cryogenic%20valve&facility=JET");
        byTitle.GetProperty("total").GetInt64().ShouldBe(1);
        var line = byTitle.GetProperty("items")[0];
        line.GetProperty("id").GetGuid().ShouldBe(first);
        line.GetProperty("version").GetInt64().ShouldBe(2);
        line.ToString().ShouldNotContain(Sample.SecretDescription);
        line.ToString().ShouldNotContain(Sample.InventorEmail);

        var jet = await Staff.GetOkAsync("/technologies?facility=JET&pageSize=1");
        jet.GetProperty("total").GetInt64().ShouldBe(2);
        jet.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(second);

        (await Staff.GetAsync("/technologies?pageSize=1000", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Partner.GetAsync("/technologies", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
