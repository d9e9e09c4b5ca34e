using System.Net;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Financing.IntegrationTests;

/// <summary>Panels and figures through the API: pitches, closed rounds, leverage and time to raise.</summary>
public sealed class FiguresTests(FinancingFixture financing) : IClassFixture<FinancingFixture>
{
    private HttpClient Financier => financing.Financier;

    [Fact]
    public async Task A_panel_hears_pitches_and_its_figures_show_who_raised_how_much_and_the_leverage()
    {
        var angel = await financing.InvestorAsync("Hal Angel");
        var region = await financing.InvestorAsync("Rhône-Alpes region", "PublicAgency", "Public");
        var backed = await financing.StartUpFoundedAsync("Backed SAS");
        var declined = await financing.StartUpFoundedAsync("Declined SAS");

        var panelId = (await Financier.PostOkAsync("/panels", new { name = "Savoie investors' panel", members = new[] { angel, region } })).GetProperty("id").GetGuid();
        var session = await Financier.PostOkAsync($"/panels/{panelId}/sessions", new { on = DateOnly.FromDateTime(DateTime.UtcNow), venue = "Archamps" });
        var sessionId = session.GetProperty("partId").GetGuid();
        await Financier.PostOkAsync($"/panels/{panelId}/sessions/{sessionId}/pitches", new { startUpId = backed, outcome = "Backed" });
        await Financier.PostOkAsync($"/panels/{panelId}/sessions/{sessionId}/pitches", new { startUpId = declined, outcome = "Declined" });
        (await (await Financier.PostAsync($"/panels/{panelId}/sessions/{sessionId}/pitches", new { startUpId = backed, outcome = "Declined" })).ProblemAsync(409))
            .GetProperty("rule").GetString().ShouldBe("start-up-pitches-once-per-session");

        var roundId = await financing.OpenRoundAsync(backed, "StartUpFund", target: 100_000m, minimum: 100_000m, cap: null, preMoneyValuation: null);
        await Financier.PostOkAsync($"/rounds/{roundId}/commitments", new { investorId = angel, amount = 73_000m, currency = "EUR" });
        await Financier.PostOkAsync($"/rounds/{roundId}/commitments", new { investorId = region, amount = 27_000m, currency = "EUR" });
        await Financier.PostOkAsync($"/rounds/{roundId}/closing", new { });

        var panel = await Financier.GetOkAsync($"/figures/panels/{panelId}");
        panel.GetProperty("pitches").GetInt32().ShouldBe(2);
        panel.GetProperty("pitchSuccessRate").GetDecimal().ShouldBe(0.5m);
        panel.GetProperty("startUpsThatRaised").GetInt32().ShouldBe(1);
        panel.GetProperty("smallestRaise").GetDecimal().ShouldBe(100_000m);
        panel.GetProperty("fewestMonths").GetInt32().ShouldBe(0);

        var startUp = await Financier.GetOkAsync($"/figures/start-ups/{backed}");
        var eur = startUp.GetProperty("byCurrency").EnumerateArray().Single();
        eur.GetProperty("leverage").GetDecimal().ShouldBe(2.70m);
        startUp.GetProperty("timeToRaise").GetProperty("maxDays").GetInt32().ShouldBe(0);

        var year = await Financier.GetOkAsync($"/figures/years/{DateTime.UtcNow.Year}");
        year.GetProperty("roundsByInstrument").GetProperty("start-up-fund").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        (await Financier.GetAsync("/figures/years/12", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var partner = financing.PartnerOf(angel);
        (await partner.GetAsync($"/figures/panels/{panelId}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
