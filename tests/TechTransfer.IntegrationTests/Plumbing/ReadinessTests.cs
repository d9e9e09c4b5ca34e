using System.Net;
using TechTransfer.Financing.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>
/// /health/ready follows PostgreSQL: unhealthy while it is unreachable, healthy again once it is back; and a service
/// started while PostgreSQL is away starts all the same, answers /health/live, and becomes ready when it returns.
/// </summary>
public sealed class ReadinessTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task Ready_is_unhealthy_while_PostgreSQL_is_down_and_healthy_after_it_returns()
    {
        var (relay, settings) = HostSettings.BehindPostgresRelay(infrastructure, "ready");
        await using var _ = relay;
        await using var financing = new ServiceHost<FinancingApi>(settings);
        await financing.StartReadyAsync();
        var client = financing.CreateClient();

        relay.Cut();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable,
            "ready to turn unhealthy");
        (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        relay.Restore();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
            "ready to turn healthy again");
    }

    [Fact]
    public async Task A_service_started_while_PostgreSQL_is_away_answers_live_and_becomes_ready_when_it_returns()
    {
        var (relay, settings) = HostSettings.BehindPostgresRelay(infrastructure, "late-db");
        await using var _ = relay;
        relay.Cut();
        await using var financing = new ServiceHost<FinancingApi>(settings);
        var client = financing.CreateClient();

        (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        relay.Restore();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
            "ready once PostgreSQL is back", TimeSpan.FromSeconds(60));
        using var rounds = await financing.ClientAs(TechTransfer.BuildingBlocks.Security.Roles.Staff).GetAsync("/rounds", TestContext.Current.CancellationToken);
        rounds.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
