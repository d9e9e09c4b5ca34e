using MassTransit;

namespace TechTransfer.Contracts.Financing;

/// <summary>
/// A financing round ended without its minimum: it raised nothing. It failed when its deadline passed, or earlier
/// when staff or a financier declared it (<see cref="Reason"/> says which and why; <see cref="By"/> is who, or
/// "deadline check"). <see cref="AmountCommitted"/> is what was committed when it failed (exact decimal in
/// <see cref="Currency"/>); commitments are released. Added in v1, absent from older messages: the reason, who, the
/// start-up's name and the technologies it was founded on.
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record RoundFailed(
    Guid RoundId, Guid StartUpId, string Kind, decimal AmountCommitted, decimal Minimum, string Currency, DateOnly Deadline, DateTimeOffset FailedAt,
    string? Reason = null, string? By = null, string? StartUpName = null, IReadOnlyList<Guid>? TechnologyIds = null)
{
    public const string Urn = WireName.UrnPrefix + "financing:round-failed:v1";
    public const string Exchange = WireName.ExchangePrefix + "financing.round-failed.v1";
}
