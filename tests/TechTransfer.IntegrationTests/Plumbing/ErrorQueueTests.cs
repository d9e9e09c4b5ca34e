using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>A poison message is retried a few times, then parked in the consumer's error queue, not lost and not looping.</summary>
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
}
