using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Financing.Api.Rounds.Views;

/// <summary>One commitment as its investor sees it: the only round data a partner system gets. Indexed by investor and round.</summary>
public sealed record CommitmentView(
    Guid Id, Guid RoundId, Guid InvestorId, Guid StartUpId, string StartUpName, Instrument Instrument, Money Amount,
    DateTimeOffset CommittedAt, DateTimeOffset? WithdrawnAt, RoundStatus RoundStatus);

/// <summary>A row per open round, keyed by the round, indexed by deadline: the deadline check reads only the overdue rows.</summary>
public sealed record OpenRoundDeadline(Guid Id, DateOnly Deadline);

/// <summary>
/// The facts of one closed round that the figures add up: indexed by year (of closing) and start-up, so
/// every figure is an indexed query over closed rounds, never a read of the streams.
/// </summary>
public sealed record ClosedRoundFact(
    Guid Id, Guid StartUpId, string StartUpName, Instrument Instrument, int Year, string Currency, decimal Raised, decimal PublicMoney,
    decimal PrivateMoney, decimal? Leverage, DateOnly OpenedOn, DateOnly ClosedOn, int DaysToRaise);
