using System.Net;
using System.Text.Json;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Financing.IntegrationTests;

/// <summary>Many investors commit to one round at the same moment, through the real host and database.</summary>
public sealed class ConcurrentCommitmentTests(FinancingFixture financing) : IClassFixture<FinancingFixture>
{
    [Fact]
    public async Task Concurrent_commitments_are_never_lost_and_never_pass_the_cap()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var investors = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => financing.InvestorAsync($"Angel {i}")));
        var roundId = await financing.OpenRoundAsync(startUp, target: 150_000m, minimum: 100_000m, cap: 150_000m);

        // 20 investors × 10 000 € at once against a 150 000 € cap: exactly 15 fit.
        var answers = await Task.WhenAll(investors.Select(async investor =>
        {
            using var system = financing.PartnerOf(investor);
            var response = await system.PostAsync($"/rounds/{roundId}/commitments", new { amount = 10_000m, currency = "EUR" });
            return (response.StatusCode, Body: JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone());
        }));

        var accepted = answers.Where(a => a.StatusCode == HttpStatusCode.OK).Select(a => a.Body.GetProperty("commitmentId").GetGuid()).ToList();
        var refused = answers.Where(a => a.StatusCode != HttpStatusCode.OK).ToList();
        refused.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict && a.Body.GetProperty("rule").GetString() == "commitments-stay-within-the-cap");
        accepted.Count.ShouldBe(15);

        var round = await financing.Financier.GetOkAsync($"/rounds/{roundId}");
        round.GetProperty("committed").Amount().ShouldBe(150_000m);
        round.GetProperty("commitments").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe(accepted, ignoreOrder: true);
        round.GetProperty("version").GetInt64().ShouldBe(16);
    }

    [Fact]
    public async Task Concurrent_commitments_without_a_cap_are_all_kept()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var investors = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => financing.InvestorAsync($"Fund {i}", "VentureFund")));
        var roundId = await financing.OpenRoundAsync(startUp, cap: null);

        var answers = await Task.WhenAll(investors.Select(investor =>
            financing.Financier.PostAsync($"/rounds/{roundId}/commitments", new { investorId = investor, amount = 1_234.56m, currency = "EUR" })));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var round = await financing.Financier.GetOkAsync($"/rounds/{roundId}");
        round.GetProperty("committed").Amount().ShouldBe(16 * 1_234.56m);
        round.GetProperty("commitments").GetArrayLength().ShouldBe(16);
    }
}
