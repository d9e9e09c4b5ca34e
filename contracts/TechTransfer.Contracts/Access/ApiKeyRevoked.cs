using MassTransit;

namespace TechTransfer.Contracts.Access;

/// <summary>Staff revoked an API key: every service refuses it from the moment it hears this.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record ApiKeyRevoked(Guid KeyId, DateTimeOffset RevokedAt)
{
    public const string Urn = WireName.UrnPrefix + "access:api-key-revoked:v1";
    public const string Exchange = WireName.ExchangePrefix + "access.api-key-revoked.v1";
}
