namespace TechTransfer.Incubation.Api.Funding;

/// <summary>A round Financing closed for the start-up (document keyed by the round, indexed by start-up).</summary>
public sealed record FundingRound(
    Guid Id, Guid StartUpId, string Kind, string Currency, decimal Amount, decimal? PublicAmount, decimal? PrivateAmount, DateOnly ClosedOn, DateTimeOffset RecordedAt);
