using System.Net;
using TechTransfer.Client.Financing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Financing.IntegrationTests;

/// <summary>Panels and figures through the API: pitches, closed rounds, leverage and time to raise.</summary>
public sealed class FiguresTests(FinancingFixture financing) : IClassFixture<FinancingFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IFinancingApi Financier => financing.FinancierApi;

    [Fact]
    public async Task A_panel_hears_pitches_and_its_figures_show_who_raised_how_much_and_the_leverage()
    {
        var angel = await financing.InvestorAsync("Hal Angel");
        var region = await financing.InvestorAsync("Rhône-Alpes region", InvestorKinds.PublicAgency, MoneySources.Public);
        var backed = await financing.StartUpFoundedAsync("Backed SAS");
        var declined = await financing.StartUpFoundedAsync("Declined SAS");

        var panelId = (await Financier.FormPanelAsync(new FormPanel("Savoie investors' panel", [angel, region]), Ct)).Id;
        var sessionId = (await Financier.HoldPanelSessionAsync(panelId, new HoldSession(DateOnly.FromDateTime(DateTime.UtcNow), "Archamps"), ct: Ct)).PartId;
        await Financier.RecordPitchAsync(panelId, sessionId, new RecordPitch(backed, PitchOutcomes.Backed), ct: Ct);
        await Financier.RecordPitchAsync(panelId, sessionId, new RecordPitch(declined, PitchOutcomes.Declined), ct: Ct);
        (await SdkCalls.RefusedAsync(() => Financier.RecordPitchAsync(panelId, sessionId, new RecordPitch(backed, PitchOutcomes.Declined), ct: Ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("start-up-pitches-once-per-session");

        var roundId = await financing.OpenRoundAsync(backed, Instruments.StartUpFund, target: 100_000m, minimum: 100_000m, cap: null, preMoneyValuation: null);
        await Financier.CommitAsync(roundId, new Commit(73_000m, "EUR", angel), ct: Ct);
        await Financier.CommitAsync(roundId, new Commit(27_000m, "EUR", region), ct: Ct);
        await Financier.CloseRoundAsync(roundId, new CloseRound(), ct: Ct);

        var panel = await Financier.GetPanelFiguresAsync(panelId, Ct);
        panel.Pitches.ShouldBe(2);
        panel.PitchSuccessRate.ShouldBe(0.5m);
        panel.StartUpsThatRaised.ShouldBe(1);
        panel.SmallestRaise.ShouldBe(100_000m);
        panel.FewestMonths.ShouldBe(0);

        var startUp = await Financier.GetStartUpFiguresAsync(backed, Ct);
        startUp.ByCurrency.Single().Leverage.ShouldBe(2.70m);
        startUp.TimeToRaise!.MaxDays.ShouldBe(0);

        var year = await Financier.GetYearFiguresAsync(DateTime.UtcNow.Year, Ct);
        year.RoundsByInstrument["start-up-fund"].ShouldBeGreaterThanOrEqualTo(1);
        await SdkCalls.RefusedAsync(() => Financier.GetYearFiguresAsync(12, Ct), HttpStatusCode.BadRequest);
        await SdkCalls.RefusedAsync(() => financing.PartnerApi(angel).GetPanelFiguresAsync(panelId, Ct), HttpStatusCode.Forbidden);
    }
}
