using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client;
using TechTransfer.Client.Financing;
using TechTransfer.Financing.Api;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Financing.IntegrationTests;

/// <summary>The scheduled deadline check, on a host whose clock the test moves and whose check runs every 200 ms.</summary>
public sealed class DeadlineCheckTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly MovableClock _clock = new();
    private readonly FinancingFixture _financing = new ClockedFixture(infrastructure);

    public async ValueTask InitializeAsync()
    {
        ((ClockedFixture)_financing).Clock = _clock;
        await _financing.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _financing.DisposeAsync();

    [Fact]
    public async Task A_round_whose_deadline_passes_without_the_minimum_fails_once_and_says_so_on_the_broker()
    {
        var ct = TestContext.Current.CancellationToken;
        var startUp = await _financing.StartUpFoundedAsync();
        var investor = await _financing.InvestorAsync("Gus Angel");
        var short_ = await _financing.OpenRoundAsync(startUp, deadlineInDays: 2);
        var met = await _financing.OpenRoundAsync(startUp, deadlineInDays: 2);
        var later = await _financing.OpenRoundAsync(startUp, deadlineInDays: 30);
        await _financing.FinancierApi.CommitAsync(short_, new Commit(50_000m, "EUR", investor), ct: ct);
        await _financing.FinancierApi.CommitAsync(met, new Commit(130_000m, "EUR", investor), ct: ct);

        // When three days pass (no request is made: the check is scheduled)
        _clock.Offset = TimeSpan.FromDays(3);

        // Then the round without its minimum failed, and said so on the broker
        var failed = await _financing.Probe.WaitForAsync(m => m.Message.GetProperty("roundId").GetGuid() == short_ && m.Message.TryGetProperty("failedAt", out _),
            "RoundFailed on the broker");
        failed.Message.WireDecimal("amountCommitted").ShouldBe(50_000m);
        failed.Message.WireDecimal("minimum").ShouldBe(130_000m);

        using var client = Client();
        var staff = SdkCalls.For<IFinancingApi>(client);
        (await staff.GetRoundAsync(short_, ct)).Ok().Status.ShouldBe(RoundStatuses.Failed);
        (await SdkCalls.RefusedAsync(() => staff.CommitAsync(short_, new Commit(1m, "EUR", investor), ct: ct), HttpStatusCode.Conflict)).Rule().ShouldBe("round-is-open");

        // And the round that met its minimum waits to be closed; the one with time left stays open; the failure is not repeated
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        (await staff.GetRoundAsync(met, ct)).Ok().Status.ShouldBe(RoundStatuses.Open);
        (await staff.GetRoundAsync(later, ct)).Ok().Status.ShouldBe(RoundStatuses.Open);
        (await staff.GetRoundAsync(short_, ct)).Ok().Version.ShouldBe(3);
        _financing.Probe.Received.Count(m => m.Message.GetProperty("roundId").GetGuid() == short_ && m.Message.TryGetProperty("failedAt", out _)).ShouldBe(1);
        (await staff.ListCommitmentsAsync(roundId: short_, ct: ct)).Single().RoundStatus.ShouldBe(RoundStatuses.Failed);
    }

    private HttpClient Client()
    {
        // Valid on the real clock and on the moved one, whichever the token check reads.
        var client = _financing.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestIdentity.TokenFor(Roles.Staff, "olga.staff", lifetime: TimeSpan.FromDays(30)));
        return client;
    }

    private sealed class ClockedFixture(TestInfrastructure infrastructure) : FinancingFixture(infrastructure)
    {
        public MovableClock Clock { get; set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings(string name) =>
            new Dictionary<string, string?>(HostSettings.For(Infrastructure, "deadline"))
            {
                ["Financing:DeadlineCheck:Interval"] = "00:00:00.200",
            };

        protected override WebApplicationFactory<FinancingApi> Customise(ServiceHost<FinancingApi> host) =>
            host.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
    }
}
