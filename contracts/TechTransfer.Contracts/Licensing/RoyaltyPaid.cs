using MassTransit;

namespace TechTransfer.Contracts.Licensing;

/// <summary>A licensee's payment was received. <see cref="Amount"/> = <see cref="RunningRoyalties"/> (royalties on sales, minimum-royalty top-ups, sublicence shares) + <see cref="OtherIncome"/> (upfront fees, milestone payments), exact decimals in <see cref="Currency"/> (ISO 4217). The AUTM survey reports the two apart.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record RoyaltyPaid(
    Guid PaymentId, Guid LicenceId, Guid TechnologyId, Guid LicenseeId, Guid? StatementId, decimal Amount, decimal RunningRoyalties, decimal OtherIncome, string Currency, DateOnly PaidOn, DateTimeOffset RecordedAt, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "licensing:royalty-paid:v1";
    public const string Exchange = WireName.ExchangePrefix + "licensing.royalty-paid.v1";
}
