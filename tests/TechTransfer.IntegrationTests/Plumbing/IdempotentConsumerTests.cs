using Marten;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>A message delivered twice has one effect, on the real broker and database.</summary>
public sealed class IdempotentConsumerTests(TestInfrastructure infrastructure)
{
    public sealed record TallyRequested(Guid TallyId, string Note);

    public sealed record Tallied(string Note);

    /// <summary>Appends one event per handled message: a second effect would show as a second event.</summary>
    public sealed class TallyConsumer(ISessionFactory sessions, ILogger<TallyConsumer> logger)
        : IdempotentConsumer<TallyRequested>(sessions, logger)
    {
        protected override Task HandleAsync(TallyRequested message, IDocumentSession session, ConsumeContext<TallyRequested> context)
        {
            session.Events.Append(message.TallyId, new Tallied(message.Note));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_message_delivered_twice_has_one_effect()
    {
        var settings = HostSettings.For(infrastructure, "inbox");
        var clock = new MovableClock { Offset = TimeSpan.FromDays(3 * 365 + 17) };
        await using var host = await BuildingBlocksHost.StartAsync(settings, "Inbox", builder =>
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            builder.AddEventStore(_ => { });
            // One delivery at a time, in queue order: when the last message is handled, the duplicates before it were too.
            builder.AddMessageBus(bus => bus.AddConsumer<TallyConsumer>().Endpoint(e =>
            {
                e.PrefetchCount = 1;
                e.ConcurrentMessageLimit = 1;
            }));
        });
        var bus = host.Services.GetRequiredService<IBus>();
        await WaitForBusAsync(host);

        var tally = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var ct = TestContext.Current.CancellationToken;
        await bus.Publish(new TallyRequested(tally, "first"), c => c.MessageId = messageId, ct);
        await bus.Publish(new TallyRequested(tally, "first, redelivered"), c => c.MessageId = messageId, ct);
        await bus.Publish(new TallyRequested(tally, "second"), c => c.MessageId = Guid.NewGuid(), ct);

        var store = host.Services.GetRequiredService<IDocumentStore>();
        await Eventually.TrueAsync(async () =>
        {
            await using var session = store.QuerySession();
            var events = await session.Events.FetchStreamAsync(tally);
            return events.Any(e => e.Data is Tallied { Note: "second" });
        }, "the last message to be handled");

        await using var query = store.QuerySession();
        var notes = (await query.Events.FetchStreamAsync(tally, token: ct)).Select(e => ((Tallied)e.Data).Note);
        // One effect per message id: one of the two copies (normally the first), then the other message.
        notes.Count().ShouldBe(2);
        notes.First().ShouldBeOneOf("first", "first, redelivered");
        notes.Last().ShouldBe("second");
        var processed = (await query.LoadAsync<ProcessedMessage>(ProcessedMessage.KeyFor(typeof(TallyConsumer), messageId), ct)).ShouldNotBeNull();
        // Stamped by the service's clock (three years ahead here), not the machine's.
        (processed.ProcessedAt - DateTimeOffset.UtcNow).ShouldBeGreaterThan(TimeSpan.FromDays(3 * 365));
    }

    internal static Task WaitForBusAsync(WebApplication host) =>
        Eventually.TrueAsync(async () =>
        {
            var health = await host.Services.GetRequiredService<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>()
                .CheckHealthAsync();
            return health.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy;
        }, "the bus to connect and bind its queues");
}
