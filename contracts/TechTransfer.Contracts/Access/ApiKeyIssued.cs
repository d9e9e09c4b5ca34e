using MassTransit;

namespace TechTransfer.Contracts.Access;

/// <summary>
/// Staff issued an API key to a partner organisation. Carries the SHA-256 hash of the key's secret, never
/// the secret: every service learns the key from this event and can then authenticate it on its own.
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record ApiKeyIssued(
    Guid KeyId,
    Guid OrganisationId,
    string OrganisationKind,
    string Label,
    string SecretHash,
    DateTimeOffset IssuedAt)
{
    public const string Urn = WireName.UrnPrefix + "access:api-key-issued:v1";
    public const string Exchange = WireName.ExchangePrefix + "access.api-key-issued.v1";
}
