using System.Net;
using System.Text.Json;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>An outbox that stops moving while events wait behind it, with the broker connected, makes the service unready.</summary>
public sealed class OutboxStallTests(TestInfrastructure infrastructure)
{
    public sealed record Harmless(Guid Id);

    public sealed record Poisoned(Guid Id);

    public sealed record HarmlessHappened(Guid Id);

    /// <summary>A map with a bug: it cannot map one kind of event, so the publisher stops on it and cannot pass.</summary>
    private sealed class BrokenMap : IContractEventMap
    {
        public object? ToContract(IEvent @event) => @event.Data switch
        {
            Poisoned => throw new InvalidOperationException("The map has a bug for this event."),
            Harmless h => new HarmlessHappened(h.Id),
            _ => null,
        };
    }

    [Fact]
    public async Task Ready_fails_when_the_outbox_is_stuck_with_events_waiting_and_says_how_many()
    {
        var settings = HostSettings.For(infrastructure, "stall");
        settings["Messaging:OutboxStallAfter"] = "00:00:03";
        await using var host = await BuildingBlocksHost.StartAsync(settings, "Stall", builder =>
        {
            builder.AddEventStore(_ => { }).PublishContractEvents<BrokenMap>();
            builder.AddMessageBus();
        });
        var client = host.GetTestClient();
        var ct = TestContext.Current.CancellationToken;
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "ready at first");

        var store = host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream(Guid.NewGuid(), new Harmless(Guid.NewGuid()));
            session.Events.StartStream(Guid.NewGuid(), new Poisoned(Guid.NewGuid()));
            session.Events.StartStream(Guid.NewGuid(), new Harmless(Guid.NewGuid()));
            await session.SaveChangesAsync(ct);
        }

        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable,
            "ready to fail once the outbox has stood still", TimeSpan.FromSeconds(60));
        using var answer = await client.GetAsync("/health/ready", ct);
        using var ready = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(ct));
        var outbox = ready.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "outbox");
        outbox.GetProperty("status").GetString().ShouldBe("Unhealthy");
        outbox.GetProperty("description").GetString()!.ShouldContain("event(s) waiting while the broker is connected");
        (await client.GetAsync("/health/live", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
