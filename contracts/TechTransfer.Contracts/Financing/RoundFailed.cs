using MassTransit;

namespace TechTransfer.Contracts.Financing;

/// <summary>
/// A financing round's deadline passed without its minimum: it raised nothing. <see cref="AmountCommitted"/> is
/// what was committed when it failed (exact decimal in <see cref="Currency"/>); commitments are released.
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record RoundFailed(
    Guid RoundId, Guid StartUpId, string Kind, decimal AmountCommitted, decimal Minimum, string Currency, DateOnly Deadline, DateTimeOffset FailedAt)
{
    public const string Urn = WireName.UrnPrefix + "financing:round-failed:v1";
    public const string Exchange = WireName.ExchangePrefix + "financing.round-failed.v1";
}
