using MassTransit;

namespace TechTransfer.Contracts.Disclosures;

/// <summary>
/// The IP ownership of a technology was agreed (or agreed again): its owners' shares add up to 100 %.
/// Licences and start-ups may only be made on a technology that has had this event.
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record IpOwnershipAgreed(Guid TechnologyId, IReadOnlyList<OwnerShare> Owners, string AgreementReference, DateTimeOffset AgreedAt)
{
    public const string Urn = WireName.UrnPrefix + "disclosures:ip-ownership-agreed:v1";
    public const string Exchange = WireName.ExchangePrefix + "disclosures.ip-ownership-agreed.v1";
}

/// <summary>An owner and its share in percent. <see cref="Kind"/>: facility, firm, university or other.</summary>
public readonly record struct OwnerShare(string Name, string Kind, decimal Share);
