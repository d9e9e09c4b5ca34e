using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Financing.Api.Rounds;

/// <summary>
/// The round ended without its minimum: found by the scheduled check once the deadline passed, or declared earlier
/// by staff or a financier who know it cannot be met (the lead investor pulled out), with their reason.
/// </summary>
public sealed record RoundFailed(Guid StartUpId, Instrument Instrument, Money Committed, Money Minimum, DateOnly Deadline, string By, DateTimeOffset At,
    string? Reason = null, string? StartUpName = null, IReadOnlyList<Guid>? TechnologyIds = null);
