using System.Net;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Financing.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Incubation.IntegrationTests;

/// <summary>Incubation and Financing, each a host of its own, talking only through the broker: founded → round opened and closed → funding to date.</summary>
public sealed class CrossServiceTests(IncubationFixture incubation, TestInfrastructure infrastructure) : IClassFixture<IncubationFixture>
{
    [Fact]
    public async Task A_start_up_founded_in_Incubation_raises_a_round_in_Financing_and_Incubation_shows_the_money_with_its_split()
    {
        await using var financing = new ServiceHost<FinancingApi>(infrastructure, "financing");
        await financing.StartReadyAsync();
        using var financier = financing.ClientAs(Roles.Financier, "fred.financier");

        var id = await incubation.FoundedStartUpAsync(incubation.Staff, "Roundtrip SAS", "CERN");
        await Eventually.TrueAsync(async () => (await financier.GetAsync($"/start-ups/{id}")).StatusCode == HttpStatusCode.OK, "Financing to know the start-up");

        var angel = (await financier.PostOkAsync("/investors", new { name = "Ada Angel", kind = "BusinessAngel", source = "Private" })).GetProperty("id").GetGuid();
        var region = (await financier.PostOkAsync("/investors", new { name = "Haute-Savoie fund", kind = "RegionalSeedFund", source = "Public" })).GetProperty("id").GetGuid();
        var round = (await financier.PostOkAsync("/rounds", new
        {
            startUpId = id, instrument = "StartUpFund", target = 100_000m, minimum = 100_000m, currency = "EUR",
            deadline = IncubationFixture.Today.AddDays(30),
        })).GetProperty("id").GetGuid();
        await financier.PostOkAsync($"/rounds/{round}/commitments", new { investorId = angel, amount = 73_000m, currency = "EUR" });
        await financier.PostOkAsync($"/rounds/{round}/commitments", new { investorId = region, amount = 27_000m, currency = "EUR" });
        await financier.PostOkAsync($"/rounds/{round}/closing", new { });

        var funding = await Eventually.GetAsync(async () =>
        {
            var profile = await incubation.Staff.GetOkAsync($"/start-ups/{id}");
            return profile.GetProperty("funding").GetArrayLength() == 1 ? (object)profile.GetProperty("funding")[0] : null;
        }, "Incubation to learn of the closed round");
        var eur = (System.Text.Json.JsonElement)funding;
        (eur.GetProperty("total").GetDecimal(), eur.GetProperty("public").GetDecimal(), eur.GetProperty("private").GetDecimal(), eur.GetProperty("unsplit").GetDecimal())
            .ShouldBe((100_000m, 27_000m, 73_000m, 0m));
    }
}
