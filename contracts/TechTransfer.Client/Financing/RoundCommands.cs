namespace TechTransfer.Client.Financing;

/// <summary>Open a round for a known start-up. Amounts are in <see cref="Currency"/> (EUR when null); never more decimals than it has.</summary>
public sealed record OpenRound(
    Guid StartUpId,
    string Instrument,
    decimal Target,
    decimal Minimum,
    DateOnly Deadline,
    decimal? Cap = null,
    string? Currency = null,
    decimal? PreMoneyValuation = null);

/// <summary>Commit money in the round's currency. A partner system commits for its own investor and may leave <see cref="InvestorId"/> null.</summary>
public sealed record Commit(decimal Amount, string Currency, Guid? InvestorId = null);

public sealed record WithdrawCommitment(string? Reason = null);

/// <summary>Close a round whose minimum is met (today when <see cref="ClosedOn"/> is null).</summary>
public sealed record CloseRound(DateOnly? ClosedOn = null);

public sealed record CancelRound(string Reason);

/// <summary>Why a round failed before its deadline (the lead investor pulled out, say).</summary>
public sealed record DeclareRoundFailed(string Reason);

/// <summary>The answer to a commitment: the round's new version and the commitment's id (for a withdrawal).</summary>
public sealed record Committed(Guid Id, long Version, Guid CommitmentId);
