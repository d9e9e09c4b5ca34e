using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;
using TechTransfer.BuildingBlocks.Observability;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// The event store is the outbox. This Marten subscription (async daemon, one active node under HotCold)
/// reads committed events in sequence order and publishes their contract events with
/// MessageId = the Marten event id, so a consumer can drop a redelivery. Nothing is published for an
/// event that was not committed; a publish the broker did not confirm is retried until it is, and the
/// subscription's position only moves past an event once its message was confirmed (at-least-once, in order).
/// </summary>
public sealed class ContractEventPublisher : SubscriptionBase
{
    public const string SubscriptionName = "contract-event-publisher";

    private static readonly ActivitySource Source = new(Telemetry.SourceName);
    private readonly IBus _bus;
    private readonly IContractEventMap[] _maps;
    private readonly ILogger<ContractEventPublisher> _logger;
    private readonly TimeSpan _publishTimeout;

    public ContractEventPublisher(IBus bus, IEnumerable<IContractEventMap> maps, MessagingOptions options, ILogger<ContractEventPublisher> logger)
    {
        _bus = bus;
        _maps = maps.ToArray();
        _logger = logger;
        _publishTimeout = options.PublishTimeout;
        Name = SubscriptionName;
        // Pages stay small so a slow broker delays few events, and progress is saved often.
        Options.BatchSize = 100;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        foreach (var @event in page.Events)
        {
            // Each capability maps its own events; the first that recognises an event decides.
            var contract = _maps.Select(m => m.ToContract(@event)).FirstOrDefault(c => c is not null);
            if (contract is null) continue;
            await PublishUntilConfirmedAsync(@event, contract, cancellationToken);
        }
        return NullChangeListener.Instance;
    }

    private async Task PublishUntilConfirmedAsync(IEvent @event, object contract, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                using var activity = StartActivity(@event, contract);
                // Bounded: RabbitMQ.Client can wait for ever for the confirm of a publish whose channel died
                // (rabbitmq-dotnet-client#1930). The abandoned attempt may still be confirmed later: the message
                // then goes out twice with the same MessageId, which consumers drop.
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(_publishTimeout);
                await _bus.Publish(contract, contract.GetType(), context =>
                {
                    context.MessageId = @event.Id;
                    if (Guid.TryParse(@event.CorrelationId, out var correlation)) context.CorrelationId = correlation;
                    context.Headers.Set("techtransfer-stream-id", @event.StreamId.ToString());
                    context.Headers.Set("techtransfer-stream-version", @event.Version);
                    context.Headers.Set("techtransfer-sequence", @event.Sequence);
                    context.Headers.Set("techtransfer-occurred-at", @event.Timestamp.ToString("O"));
                }, attempt.Token).WaitAsync(_publishTimeout, cancellationToken);
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Holding the line keeps order: nothing after this event goes out before it does.
                _logger.LogWarning(e, "Publishing {Contract} for event {EventId} failed; retrying in {Delay}",
                    contract.GetType().Name, @event.Id, delay);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    /// <summary>Continues the trace of the request that appended the event, so one trace spans both services.</summary>
    private static Activity? StartActivity(IEvent @event, object contract)
    {
        var parent = @event.Headers?.TryGetValue(TracingSessionFactory.TraceParentHeader, out var value) == true
                     && ActivityContext.TryParse(value?.ToString(), null, out var context)
            ? context
            : default;
        var activity = Source.StartActivity($"publish {contract.GetType().Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", @event.Id);
        activity?.SetTag("techtransfer.event.sequence", @event.Sequence);
        return activity;
    }
}
