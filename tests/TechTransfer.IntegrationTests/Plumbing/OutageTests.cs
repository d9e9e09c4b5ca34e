using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>A database outage is not a poison message, nor a 500: consumers wait it out, requests are told to come back.</summary>
public sealed class OutageTests(TestInfrastructure infrastructure)
{
    public sealed record CountRequested(Guid CountId);

    public sealed record Counted;

    public sealed class CountingConsumer(ISessionFactory sessions, ILogger<CountingConsumer> logger) : IdempotentConsumer<CountRequested>(sessions, logger)
    {
        protected override Task HandleAsync(CountRequested message, IDocumentSession session, ConsumeContext<CountRequested> context)
        {
            session.Events.Append(message.CountId, new Counted());
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_message_that_arrives_while_the_database_is_away_is_handled_once_it_returns_and_never_parked()
    {
        var (relay, settings) = HostSettings.BehindPostgresRelay(infrastructure, "outage");
        await using var _ = relay;
        settings["Messaging:OutageRetryFor"] = "00:01:00";
        settings["Messaging:OutageRetryMaxInterval"] = "00:00:01";
        await using var host = await BuildingBlocksHost.StartAsync(settings, "Outage", builder =>
        {
            builder.AddEventStore(_ => { });
            builder.AddMessageBus(bus => bus.AddConsumer<CountingConsumer>());
        });
        await IdempotentConsumerTests.WaitForBusAsync(host);
        var errorQueue = host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<CountingConsumer>() + "_error";
        await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);
        var ct = TestContext.Current.CancellationToken;

        relay.Cut();
        var count = Guid.NewGuid();
        await host.Services.GetRequiredService<IBus>().Publish(new CountRequested(count), ct);
        // Far longer than the quick retries take to give up (RetryLimit 2, at most 200 ms apart in tests).
        await Task.Delay(TimeSpan.FromSeconds(6), ct);
        (await probe.CountAsync(errorQueue)).ShouldBe(0u, "an outage parked the message");
        relay.Restore();

        var store = host.Services.GetRequiredService<IDocumentStore>();
        await Eventually.TrueAsync(async () =>
        {
            await using var session = store.QuerySession();
            return (await session.Events.FetchStreamAsync(count)).Count == 1;
        }, "the message to be handled once the database is back", TimeSpan.FromSeconds(60));
        (await probe.CountAsync(errorQueue)).ShouldBe(0u);
    }

    [Fact]
    public async Task A_write_while_the_database_is_away_is_a_503_with_Retry_After_and_nothing_is_saved()
    {
        var (relay, settings) = HostSettings.BehindPostgresRelay(infrastructure, "outage-http");
        await using var _ = relay;
        await using var disclosures = new ServiceHost<DisclosuresApi>(settings);
        await disclosures.StartReadyAsync();
        var staff = disclosures.ClientAs(Roles.Staff);
        var ct = TestContext.Current.CancellationToken;

        relay.Cut();
        using var refused = await staff.PostAsJsonAsync("/technologies", Sample.Disclosure("Written during an outage", "JET"), ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(5));
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(ct));
        problem.RootElement.GetProperty("rule").GetString().ShouldBe("store-is-available");
        problem.RootElement.GetProperty("title").GetString().ShouldBe("The store is unavailable.");

        relay.Restore();
        await disclosures.StartReadyAsync();
        using var list = await staff.GetAsync("/technologies?title=Written%20during%20an%20outage", ct);
        (await list.Content.ReadAsStringAsync(ct)).ShouldNotContain("Written during an outage");
    }
}
