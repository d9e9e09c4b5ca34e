using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>
/// A poison message is retried a few times, then parked in the consumer's error queue, not lost and not
/// looping; operators can see why it failed and replay it once the cause is fixed.
/// </summary>
public sealed class ErrorQueueTests(TestInfrastructure infrastructure)
{
    public sealed record PoisonArrived(Guid Id);

    public sealed class AlwaysFailingConsumer : IConsumer<PoisonArrived>
    {
        public static int Attempts;

        public Task Consume(ConsumeContext<PoisonArrived> context)
        {
            Interlocked.Increment(ref Attempts);
            throw new InvalidOperationException("This consumer always fails.");
        }
    }

    [Fact]
    public async Task A_consumer_that_always_throws_ends_with_the_message_in_the_error_queue()
    {
        var settings = HostSettings.For(infrastructure, "poison");
        await using var host = await BuildingBlocksHost.StartAsync(settings, "Poison", builder =>
        {
            builder.AddEventStore(_ => { });
            builder.AddMessageBus(bus => bus.AddConsumer<AlwaysFailingConsumer>());
        });
        await IdempotentConsumerTests.WaitForBusAsync(host);
        var errorQueue = host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<AlwaysFailingConsumer>() + "_error";
        await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);

        await host.Services.GetRequiredService<IBus>().Publish(new PoisonArrived(Guid.NewGuid()), TestContext.Current.CancellationToken);

        await Eventually.TrueAsync(async () => await probe.CountAsync(errorQueue) == 1, $"the message to reach {errorQueue}");
        // RetryLimit is 2 in tests: the first attempt and two retries.
        AlwaysFailingConsumer.Attempts.ShouldBe(3);
    }

    public sealed record FragileWorkArrived(Guid Id);

    /// <summary>Fails until the test "fixes the bug", then handles what it is given.</summary>
    public sealed class FragileConsumer : IConsumer<FragileWorkArrived>
    {
        public static volatile bool Fixed;
        public static readonly List<Guid> Handled = [];

        public Task Consume(ConsumeContext<FragileWorkArrived> context)
        {
            if (!Fixed) throw new InvalidOperationException("The downstream rule table is missing.");
            lock (Handled) Handled.Add(context.Message.Id);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Operators_see_why_a_message_was_parked_and_replay_it_once_fixed()
    {
        var settings = HostSettings.For(infrastructure, "replay");
        await using var host = await BuildingBlocksHost.StartAsync(settings, "Replay", builder =>
        {
            builder.AddEventStore(_ => { });
            builder.AddMessageBus(bus => bus.AddConsumer<FragileConsumer>());
        });
        await IdempotentConsumerTests.WaitForBusAsync(host);
        var queue = host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<FragileConsumer>();
        var client = host.GetTestClient().As(Roles.Admin);
        var ct = TestContext.Current.CancellationToken;
        var work = Guid.NewGuid();

        await host.Services.GetRequiredService<IBus>().Publish(new FragileWorkArrived(work), ct);
        await Eventually.TrueAsync(async () =>
        {
            var queues = await client.GetFromJsonAsync<JsonElement>("/admin/dead-letters");
            return queues.EnumerateArray().Any(q => q.GetProperty("queue").GetString() == queue && q.GetProperty("messages").GetInt32() == 1);
        }, "the parked message to be counted");

        var parked = await client.GetFromJsonAsync<JsonElement>($"/admin/dead-letters/{queue}", ct);
        parked.GetArrayLength().ShouldBe(1);
        parked[0].GetProperty("exceptionMessage").GetString().ShouldBe("The downstream rule table is missing.");
        (await client.GetAsync("/admin/dead-letters/someone-elses-queue", ct)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);

        FragileConsumer.Fixed = true;
        var replay = await client.PostAsync($"/admin/dead-letters/{queue}/replay", null, ct);
        (await replay.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("messages").GetInt32().ShouldBe(1);

        await Eventually.TrueAsync(() => { lock (FragileConsumer.Handled) return Task.FromResult(FragileConsumer.Handled.Contains(work)); },
            "the replayed message to be handled");
        await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);
        (await probe.CountAsync(queue + "_error")).ShouldBe(0u);
    }

    public sealed record NeverFailingWorkArrived(Guid Id);

    public sealed class NeverFailingConsumer : IConsumer<NeverFailingWorkArrived>
    {
        public Task Consume(ConsumeContext<NeverFailingWorkArrived> context) => Task.CompletedTask;
    }

    /// <summary>
    /// MassTransit creates a queue's error queue only when it parks the first message. Until then an operator
    /// looking (or a tool polling) sees an empty queue, not a server error, and looking creates nothing.
    /// </summary>
    [Fact]
    public async Task A_queue_that_never_parked_a_message_has_no_dead_letters_and_looking_creates_nothing()
    {
        var settings = HostSettings.For(infrastructure, "never-failed");
        await using var host = await BuildingBlocksHost.StartAsync(settings, "NeverFailed", builder =>
        {
            builder.AddEventStore(_ => { });
            builder.AddMessageBus(bus => bus.AddConsumer<NeverFailingConsumer>());
        });
        await IdempotentConsumerTests.WaitForBusAsync(host);
        var queue = host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<NeverFailingConsumer>();
        var client = host.GetTestClient().As(Roles.Admin);
        var ct = TestContext.Current.CancellationToken;

        var peeked = await client.GetAsync($"/admin/dead-letters/{queue}", ct);
        peeked.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await peeked.Content.ReadFromJsonAsync<JsonElement>(ct)).GetArrayLength().ShouldBe(0);

        var replay = await client.PostAsync($"/admin/dead-letters/{queue}/replay", null, ct);
        replay.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await replay.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("messages").GetInt32().ShouldBe(0);

        var queues = await client.GetFromJsonAsync<JsonElement>("/admin/dead-letters", ct);
        queues.EnumerateArray().Single(q => q.GetProperty("queue").GetString() == queue).GetProperty("messages").GetInt32().ShouldBe(0);

        await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);
        (await probe.ExistsAsync(queue + "_error")).ShouldBeFalse();
    }
}
