namespace TechTransfer.Client.Financing;

/// <summary>A round with its commitments; amounts committed count active commitments only. <see cref="Version"/> is its ETag.</summary>
public sealed record Round(
    Guid Id,
    long Version,
    Guid StartUpId,
    string StartUpName,
    string Instrument,
    string Currency,
    Money Target,
    Money Minimum,
    Money? Cap,
    Money? PreMoneyValuation,
    DateOnly Deadline,
    string Status,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    IReadOnlyList<Commitment> Commitments,
    Money Committed,
    Money PublicCommitted,
    Money PrivateCommitted,
    DateOnly? ClosedOn,
    Money? PostMoneyValuation,
    decimal? Dilution,
    DateTimeOffset? EndedAt,
    string? CancellationReason,
    decimal? Leverage,
    string? FailureReason = null);

/// <summary>One commitment in a round; a withdrawn one stays on record.</summary>
public sealed record Commitment(Guid Id, Guid InvestorId, string InvestorName, string Source, Money Amount, DateTimeOffset At, DateTimeOffset? WithdrawnAt, bool Active);

/// <summary>A commitment as its investor sees it: all a partner system gets of a round.</summary>
public sealed record CommitmentView(
    Guid Id, Guid RoundId, Guid InvestorId, Guid StartUpId, string StartUpName, string Instrument, Money Amount,
    DateTimeOffset CommittedAt, DateTimeOffset? WithdrawnAt, string RoundStatus);
