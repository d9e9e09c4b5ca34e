using System.Net;
using TechTransfer.Client;
using TechTransfer.Client.Financing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Financing.IntegrationTests;

/// <summary>Many investors commit to one round at the same moment, through the real host and database.</summary>
public sealed class ConcurrentCommitmentTests(FinancingFixture financing) : IClassFixture<FinancingFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_commitments_are_never_lost_and_never_pass_the_cap()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var investors = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => financing.InvestorAsync($"Angel {i}")));
        var roundId = await financing.OpenRoundAsync(startUp, target: 150_000m, minimum: 100_000m, cap: 150_000m);

        // 20 investors × 10 000 € at once against a 150 000 € cap: exactly 15 fit.
        var answers = await Task.WhenAll(investors.Select(investor =>
            Attempt.Of(() => financing.PartnerApi(investor).CommitAsync(roundId, new Commit(10_000m, "EUR"), ct: Ct))));

        var accepted = answers.Where(a => a.Succeeded).Select(a => a.Answer!.CommitmentId).ToList();
        answers.Where(a => !a.Succeeded).ShouldAllBe(a => a.RefusedBy(HttpStatusCode.Conflict, "commitments-stay-within-the-cap"));
        accepted.Count.ShouldBe(15);

        var round = (await financing.FinancierApi.GetRoundAsync(roundId, Ct)).Ok();
        round.Committed.Amount.ShouldBe(150_000m);
        round.Commitments.Select(c => c.Id).ShouldBe(accepted, ignoreOrder: true);
        round.Version.ShouldBe(16);
    }

    [Fact]
    public async Task Concurrent_commitments_without_a_cap_are_all_kept()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var investors = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => financing.InvestorAsync($"Fund {i}", InvestorKinds.VentureFund)));
        var roundId = await financing.OpenRoundAsync(startUp, cap: null);

        var answers = await Task.WhenAll(investors.Select(investor =>
            Attempt.Of(() => financing.FinancierApi.CommitAsync(roundId, new Commit(1_234.56m, "EUR", investor), ct: Ct))));

        answers.ShouldAllBe(a => a.Succeeded);
        var round = (await financing.FinancierApi.GetRoundAsync(roundId, Ct)).Ok();
        round.Committed.Amount.ShouldBe(16 * 1_234.56m);
        round.Commitments.Count.ShouldBe(16);
    }
}
