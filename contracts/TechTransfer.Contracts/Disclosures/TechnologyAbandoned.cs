using MassTransit;

namespace TechTransfer.Contracts.Disclosures;

/// <summary>The transfer office abandoned a technology: it leaves the catalogue. (The reason stays inside.)</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record TechnologyAbandoned(Guid TechnologyId, DateTimeOffset AbandonedAt)
{
    public const string Urn = WireName.UrnPrefix + "disclosures:technology-abandoned:v1";
    public const string Exchange = WireName.ExchangePrefix + "disclosures.technology-abandoned.v1";
}
