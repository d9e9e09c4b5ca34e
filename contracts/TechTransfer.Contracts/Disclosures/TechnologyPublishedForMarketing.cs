using MassTransit;

namespace TechTransfer.Contracts.Disclosures;

/// <summary>
/// A technology entered (or updated) the public catalogue with its non-confidential summary. Every field
/// here is public. <see cref="Phase"/>: 1 facility R&amp;D, 2 prototype, 3 SME product.
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record TechnologyPublishedForMarketing(
    Guid TechnologyId,
    string PublicTitle,
    string Summary,
    IReadOnlyList<string> Applications,
    IReadOnlyList<string> Keywords,
    string Facility,
    string Field,
    int Phase,
    DateTimeOffset PublishedAt)
{
    public const string Urn = WireName.UrnPrefix + "disclosures:technology-published-for-marketing:v1";
    public const string Exchange = WireName.ExchangePrefix + "disclosures.technology-published-for-marketing.v1";
}
