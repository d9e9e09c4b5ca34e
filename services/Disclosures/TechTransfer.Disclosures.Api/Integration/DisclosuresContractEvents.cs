using JasperFx.Events;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using Internal = TechTransfer.Disclosures.Api.Technologies;
using Contract = TechTransfer.Contracts.Disclosures;

namespace TechTransfer.Disclosures.Api.Integration;

/// <summary>The events Disclosures tells other services about. Public fields only leave the service.</summary>
public sealed class DisclosuresContractEvents : IContractEventMap
{
    public object? ToContract(IEvent @event) => @event.Data switch
    {
        Internal.TechnologyDisclosed e => new Contract.TechnologyDisclosed(e.TechnologyId, e.Title, e.Facility, e.DisclosedAt),
        _ => null,
    };
}
