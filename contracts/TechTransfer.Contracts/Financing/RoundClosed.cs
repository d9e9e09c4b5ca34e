using MassTransit;

namespace TechTransfer.Contracts.Financing;

/// <summary>
/// A financing round for a start-up closed with money raised. <see cref="Kind"/>: the round's instrument,
/// equity, start-up-fund, grant, loan or convertible. Amounts are exact decimals in <see cref="Currency"/>
/// (ISO 4217, EUR by default). Optional (a reader takes a missing value as unknown): the public and private split of the
/// amount raised, the post-money valuation and dilution (a fraction, 4 places) of an equity round, and the
/// day the round opened (time to raise = <see cref="ClosedOn"/> − <see cref="OpenedOn"/>), the start-up's name and
/// the technologies it was founded on (so a consumer needs no earlier message to place the round), and who closed it
/// (<see cref="By"/>, a person or partner key).
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record RoundClosed(
    Guid RoundId, Guid StartUpId, string Kind, decimal AmountRaised, string Currency, DateOnly ClosedOn, DateTimeOffset ClosedAt,
    decimal? PublicAmount = null, decimal? PrivateAmount = null, decimal? PostMoneyValuation = null, decimal? Dilution = null, DateOnly? OpenedOn = null,
    string? StartUpName = null, IReadOnlyList<Guid>? TechnologyIds = null, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "financing:round-closed:v1";
    public const string Exchange = WireName.ExchangePrefix + "financing.round-closed.v1";
}
