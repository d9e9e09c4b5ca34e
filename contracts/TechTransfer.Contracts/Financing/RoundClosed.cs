using MassTransit;

namespace TechTransfer.Contracts.Financing;

/// <summary>
/// A financing round for a start-up closed with money raised. <see cref="Kind"/>: seed, start-up-fund, grant,
/// loan or venture. Amounts are exact decimals in <see cref="Currency"/> (ISO 4217, EUR by default).
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record RoundClosed(
    Guid RoundId, Guid StartUpId, string Kind, decimal AmountRaised, string Currency, DateOnly ClosedOn, DateTimeOffset ClosedAt)
{
    public const string Urn = WireName.UrnPrefix + "financing:round-closed:v1";
    public const string Exchange = WireName.ExchangePrefix + "financing.round-closed.v1";
}
