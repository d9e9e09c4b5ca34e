using JasperFx.Events;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using Contract = TechTransfer.Contracts.Access;

namespace TechTransfer.BuildingBlocks.Access.ApiKeys;

/// <summary>What the issuing service tells the others about its keys.</summary>
public sealed class ApiKeyContractEvents : IContractEventMap
{
    public object? ToContract(IEvent @event) => @event.Data switch
    {
        ApiKeyIssued e => new Contract.ApiKeyIssued(e.KeyId, e.OrganisationId, e.OrganisationKind, e.Label, e.SecretHash, e.IssuedAt),
        ApiKeyRevoked e => new Contract.ApiKeyRevoked(e.KeyId, e.RevokedAt),
        _ => null,
    };
}
