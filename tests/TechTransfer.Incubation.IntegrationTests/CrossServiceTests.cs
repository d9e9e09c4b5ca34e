using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Financing;
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
        var ct = TestContext.Current.CancellationToken;
        await using var financing = new ServiceHost<FinancingApi>(infrastructure, "financing");
        await financing.StartReadyAsync();
        using var financierClient = financing.ClientAs(Roles.Financier, "fred.financier");
        var financier = SdkCalls.For<IFinancingApi>(financierClient);

        var id = await incubation.FoundedStartUpAsync(incubation.Api, "Roundtrip SAS", "CERN");
        await Eventually.TrueAsync(async () => (await Attempt.Of(() => financier.GetStartUpAsync(id, ct))).Succeeded, "Financing to know the start-up");

        var angel = (await financier.RegisterInvestorAsync(new RegisterInvestor("Ada Angel", InvestorKinds.BusinessAngel, MoneySources.Private), ct)).Id;
        var region = (await financier.RegisterInvestorAsync(new RegisterInvestor("Haute-Savoie fund", InvestorKinds.RegionalSeedFund, MoneySources.Public), ct)).Id;
        var round = (await financier.OpenRoundAsync(new OpenRound(id, Instruments.StartUpFund, 100_000m, 100_000m, IncubationFixture.Today.AddDays(30), Currency: "EUR"),
            ct)).Id;
        await financier.CommitAsync(round, new Commit(73_000m, "EUR", angel), ct: ct);
        await financier.CommitAsync(round, new Commit(27_000m, "EUR", region), ct: ct);
        await financier.CloseRoundAsync(round, new CloseRound(), ct: ct);

        var eur = await Eventually.GetAsync(async () => (await incubation.Api.GetStartUpAsync(id, ct)).Funding is [var only] ? only : null,
            "Incubation to learn of the closed round");
        (eur.Total, eur.Public, eur.Private, eur.Unsplit).ShouldBe((100_000m, 27_000m, 73_000m, 0m));
    }
}
