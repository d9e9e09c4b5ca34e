using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace TechTransfer.Testing.Messaging;

/// <summary>A message as it crossed the broker: MassTransit's envelope, read raw.</summary>
public sealed record ObservedMessage(Guid? MessageId, JsonElement Message, string RawBody);

/// <summary>
/// Looks at the real broker from outside MassTransit: binds a private queue to an exchange to see
/// everything published there, and counts messages in a queue (an error queue, say).
/// </summary>
public sealed class BrokerProbe : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentQueue<ObservedMessage> _received = new();

    private BrokerProbe(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public IReadOnlyCollection<ObservedMessage> Received => _received;

    public static async Task<BrokerProbe> ConnectAsync(string amqpUri)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(amqpUri) }.CreateConnectionAsync();
        return new BrokerProbe(connection, await connection.CreateChannelAsync());
    }

    /// <summary>Starts recording every message published to <paramref name="exchange"/> from now on.</summary>
    public async Task WatchExchangeAsync(string exchange)
    {
        // Same declaration as MassTransit's (durable fanout), so whichever comes first, both agree.
        await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = await _channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await _channel.QueueBindAsync(queue.QueueName, exchange, "");
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var body = Encoding.UTF8.GetString(delivery.Body.Span);
            using var envelope = JsonDocument.Parse(body);
            var root = envelope.RootElement;
            Guid? id = root.TryGetProperty("messageId", out var mid) && Guid.TryParse(mid.GetString(), out var g) ? g : null;
            _received.Enqueue(new ObservedMessage(id, root.GetProperty("message").Clone(), body));
            return Task.CompletedTask;
        };
        await _channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
    }

    public Task<ObservedMessage> WaitForAsync(Func<ObservedMessage, bool> match, string what, TimeSpan? within = null) =>
        Eventually.GetAsync(() => Task.FromResult(_received.FirstOrDefault(match)), what, within);

    /// <summary>Messages waiting in a queue; 0 when it does not exist.</summary>
    public async Task<uint> CountAsync(string queue) => await DeclaredAsync(queue) ?? 0;

    public async Task<bool> ExistsAsync(string queue) => await DeclaredAsync(queue) is not null;

    /// <summary>The queue's message count, or null when the broker has no such queue (a passive declare creates nothing).</summary>
    private async Task<uint?> DeclaredAsync(string queue)
    {
        await using var channel = await _connection.CreateChannelAsync();
        try { return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount; }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { return null; }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
