using MassTransit;
using TechTransfer.BuildingBlocks.Messaging;

namespace TechTransfer.Testing.Messaging;

/// <summary>A bare MassTransit bus on the real broker: plays the other services by publishing their contract events.</summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private TestBus(IBusControl bus) => _bus = bus;

    public static async Task<TestBus> StartAsync(string amqpUri)
    {
        var address = RabbitMqAddress.Parse(amqpUri);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(address.Host, address.Port, address.VirtualHost, h =>
        {
            h.Username(address.Username);
            h.Password(address.Password);
            h.PublisherConfirmation = true;
        }));
        await bus.StartAsync(TestContext.Current.CancellationToken);
        return new TestBus(bus);
    }

    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        _bus.Publish(message, context => context.MessageId = messageId ?? Guid.NewGuid(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
