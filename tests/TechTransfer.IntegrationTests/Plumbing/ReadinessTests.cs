using System.Net;
using System.Net.Http.Json;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Financing.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;
using Contract = TechTransfer.Contracts.Disclosures;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>
/// /health/ready follows PostgreSQL: unhealthy while it is unreachable, healthy again once it is back; and a service
/// started while PostgreSQL is away starts all the same, answers /health/live, and becomes ready when it returns. One
/// started while the broker is away answers live and takes writes (the outbox keeps them); it is ready, and publishes
/// them, once the broker is back.
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

    [Fact]
    public async Task A_service_started_while_the_broker_is_away_answers_live_takes_writes_and_is_ready_and_publishes_them_once_it_returns()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);
        await probe.WatchExchangeAsync(Contract.TechnologyDisclosed.Exchange);
        var broker = new Uri(infrastructure.Servers.RabbitMq);
        await using var relay = new TcpProxy(broker.Host, broker.Port);
        relay.Cut();
        var settings = HostSettings.For(infrastructure, "late-broker");
        settings["ConnectionStrings:RabbitMq"] = new UriBuilder(broker) { Host = "127.0.0.1", Port = relay.Port }.Uri.ToString();
        await using var disclosures = new ServiceHost<DisclosuresApi>(settings);
        var client = disclosures.ClientAs(Roles.Staff);

        (await client.GetAsync("/health/live", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Not ready until the bus has connected once (its queues bound); the store takes writes all the same.
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        using (var ready = await client.GetAsync("/health/ready", ct))
        {
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await ready.Content.ReadAsStringAsync(ct)).ShouldContain("masstransit-bus");
        }
        var written = await client.PostAsJsonAsync("/technologies", Sample.Disclosure("Written while the broker was away", "CERN"), ct);
        written.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await written.Content.ReadFromJsonAsync<Written>(ct))!.Id;

        relay.Restore();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
            "ready once the broker is back", TimeSpan.FromSeconds(60));
        await probe.WaitForAsync(m => m.Message.GetProperty("technologyId").GetGuid() == id, "the disclosure published once the broker is back",
            TimeSpan.FromSeconds(90));
    }

    private sealed record Written(Guid Id);
}
