using MassTransit;

namespace TechTransfer.Contracts.Disclosures;

/// <summary>
/// A technology was disclosed to a transfer office. Public fields only: never the confidential
/// description nor inventors' personal data.
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record TechnologyDisclosed(
    Guid TechnologyId,
    string Title,
    string Facility,
    DateTimeOffset DisclosedAt,
    string? Field = null)
{
    public const string Urn = WireName.UrnPrefix + "disclosures:technology-disclosed:v1";
    public const string Exchange = WireName.ExchangePrefix + "disclosures.technology-disclosed.v1";
}
