using JasperFx.Events;

namespace TechTransfer.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Which internal events leave the service, and as what: each service maps its own events to contract
/// events here (a service may register several maps, one per capability). Return null for events that stay
/// inside or that another map owns. Must be pure: the same event always maps the same way.
/// </summary>
public interface IContractEventMap
{
    object? ToContract(IEvent @event);
}
