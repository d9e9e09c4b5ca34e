using MassTransit;

namespace TechTransfer.Contracts.Financing;

/// <summary>
/// A financing round opened for a start-up. <see cref="Kind"/>: equity, start-up-fund, grant, loan or convertible.
/// Amounts are exact decimals in <see cref="Currency"/> (ISO 4217); <see cref="Cap"/> is null when there is none.
/// <see cref="By"/>: who opened it (optional).
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record RoundOpened(
    Guid RoundId, Guid StartUpId, string Kind, decimal Target, decimal Minimum, decimal? Cap, string Currency, DateOnly Deadline, DateTimeOffset OpenedAt,
    string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "financing:round-opened:v1";
    public const string Exchange = WireName.ExchangePrefix + "financing.round-opened.v1";
}
