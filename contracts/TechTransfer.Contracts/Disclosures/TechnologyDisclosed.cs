using MassTransit;

namespace TechTransfer.Contracts.Disclosures;

/// <summary>
/// A technology was disclosed to a transfer office. Public fields only: never the confidential
/// description nor inventors' personal data. <see cref="DisclosedAt"/> is when the office logged it, <see cref="ReceivedOn"/>
/// the day it received the form (added in v1: absent from older messages).
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record TechnologyDisclosed(
    Guid TechnologyId,
    string Title,
    string Facility,
    DateTimeOffset DisclosedAt,
    string? Field = null,
    DateOnly? ReceivedOn = null)
{
    public const string Urn = WireName.UrnPrefix + "disclosures:technology-disclosed:v1";
    public const string Exchange = WireName.ExchangePrefix + "disclosures.technology-disclosed.v1";
}
