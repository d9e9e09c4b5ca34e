using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace TechTransfer.BuildingBlocks.Messaging.DeadLetters;

/// <summary>A message parked in an error queue, with the reason MassTransit recorded.</summary>
public sealed record DeadLetter(string? MessageId, string? MessageType, string? Reason, string? ExceptionType, string? ExceptionMessage);

/// <summary>What an error queue holds.</summary>
public sealed record DeadLetterQueue(string Queue, string ErrorQueue, uint Messages);

/// <summary>
/// Looks into and drains the <c>_error</c> queues MassTransit fills with poison messages. A replay moves
/// each message back to its queue with publisher confirms before it is removed from the error queue:
/// a crash in between can only duplicate it, and consumers drop duplicates. MassTransit creates an error queue
/// when it parks the first message there; until then the queue reads as empty, and looking never creates it.
/// </summary>
public sealed class DeadLetterQueues(RabbitMqAddress address) : IAsyncDisposable
{
    private const string ErrorSuffix = "_error";
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private IConnection? _connection;

    public async Task<DeadLetterQueue> CountAsync(string queue, CancellationToken ct)
    {
        return new DeadLetterQueue(queue, queue + ErrorSuffix, await ParkedAsync(queue, ct) ?? 0);
    }

    /// <summary>The first <paramref name="max"/> dead letters, left where they are.</summary>
    public async Task<IReadOnlyList<DeadLetter>> PeekAsync(string queue, int max, CancellationToken ct)
    {
        if (await ParkedAsync(queue, ct) is null) return [];
        await using var channel = await (await ConnectionAsync(ct)).CreateChannelAsync(cancellationToken: ct);
        var letters = new List<DeadLetter>();
        ulong last = 0;
        while (letters.Count < max && await channel.BasicGetAsync(queue + ErrorSuffix, autoAck: false, ct) is { } got)
        {
            letters.Add(Describe(got));
            last = got.DeliveryTag;
        }
        // Unacknowledged gets go back to the queue in their order.
        if (last > 0) await channel.BasicNackAsync(last, multiple: true, requeue: true, ct);
        return letters;
    }

    /// <summary>
    /// Moves up to <paramref name="max"/> dead letters back to their queue; returns how many. Only the letters there
    /// when the replay starts: one that fails again lands back in the error queue while the replay runs, and must
    /// not be replayed again (and again) by the same call.
    /// </summary>
    public async Task<int> ReplayAsync(string queue, int max, CancellationToken ct)
    {
        max = (int)Math.Min(max, await ParkedAsync(queue, ct) ?? 0);
        if (max == 0) return 0;
        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await (await ConnectionAsync(ct)).CreateChannelAsync(options, ct);
        var moved = 0;
        while (moved < max && await channel.BasicGetAsync(queue + ErrorSuffix, autoAck: false, ct) is { } got)
        {
            var properties = new BasicProperties(got.BasicProperties)
            {
                Headers = got.BasicProperties.Headers?
                    .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
                    .ToDictionary(h => h.Key, h => h.Value),
            };
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, got.Body, ct);
            await channel.BasicAckAsync(got.DeliveryTag, multiple: false, ct);
            moved++;
        }
        return moved;
    }

    /// <summary>
    /// How many messages the queue's error queue holds, or null when it does not exist yet. A passive declare creates
    /// nothing; the broker answers a missing queue by closing the channel, so it gets a channel of its own.
    /// </summary>
    private async Task<uint?> ParkedAsync(string queue, CancellationToken ct)
    {
        await using var channel = await (await ConnectionAsync(ct)).CreateChannelAsync(cancellationToken: ct);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue + ErrorSuffix, ct)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
            return null;
        }
    }

    private static DeadLetter Describe(BasicGetResult got)
    {
        string? Header(string name) =>
            got.BasicProperties.Headers?.TryGetValue(name, out var value) == true
                ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), null => null, _ => value.ToString() }
                : null;
        return new DeadLetter(got.BasicProperties.MessageId, got.BasicProperties.Type ?? Header("Content-Type"),
            Header("MT-Reason"), Header("MT-Fault-ExceptionType"), Header("MT-Fault-Message"));
    }

    private async Task<IConnection> ConnectionAsync(CancellationToken ct)
    {
        if (_connection is { IsOpen: true }) return _connection;
        await _connecting.WaitAsync(ct);
        try
        {
            if (_connection is { IsOpen: true }) return _connection;
            if (_connection is not null) await _connection.DisposeAsync();
            var factory = new ConnectionFactory
            {
                HostName = address.Host,
                Port = address.Port,
                VirtualHost = address.VirtualHost,
                UserName = address.Username,
                Password = address.Password,
                ClientProvidedName = "techtransfer-dead-letters",
            };
            return _connection = await factory.CreateConnectionAsync(ct);
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
        _connecting.Dispose();
    }
}
