using MassTransit;

namespace TechTransfer.Contracts.Disclosures;

/// <summary>
/// The inventors' contribution shares of a technology were set (at disclosure or when inventors were
/// amended); the latest message replaces earlier ones. For royalty splitting inside the platform: inventor
/// ids and shares only (no names, no e-mails), and no partner-facing API may expose it.
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record InventorSharesSet(Guid TechnologyId, IReadOnlyList<InventorShare> Shares, DateTimeOffset SetAt)
{
    public const string Urn = WireName.UrnPrefix + "disclosures:inventor-shares-set:v1";
    public const string Exchange = WireName.ExchangePrefix + "disclosures.inventor-shares-set.v1";
}

/// <summary>One inventor's contribution, in percent; the shares of a technology add up to 100.</summary>
public readonly record struct InventorShare(Guid InventorId, decimal Share);
