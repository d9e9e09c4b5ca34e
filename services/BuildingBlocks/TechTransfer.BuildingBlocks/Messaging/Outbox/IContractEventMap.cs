using JasperFx.Events;

namespace TechTransfer.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Which internal events leave the service, and as what: each service maps its own events to contract
/// events here. Return null for events that stay inside. Must be pure: the same event always maps the same way.
/// </summary>
public interface IContractEventMap
{
    object? ToContract(IEvent @event);
}
