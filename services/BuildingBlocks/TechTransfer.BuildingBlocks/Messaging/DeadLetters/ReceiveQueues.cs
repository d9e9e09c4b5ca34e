using System.Collections.Concurrent;
using MassTransit;

namespace TechTransfer.BuildingBlocks.Messaging.DeadLetters;

/// <summary>The input queues this service's bus has started: the only queues whose dead letters it may touch.</summary>
public sealed class ReceiveQueues : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, byte> _names = new();

    public IReadOnlyCollection<string> Names => _names.Keys.Order().ToList();

    public bool Contains(string queue) => _names.ContainsKey(queue);

    public Task Ready(ReceiveEndpointReady ready)
    {
        _names.TryAdd(ready.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Last(), 0);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
