using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Financing.Api.Investors;

namespace TechTransfer.Financing.Api.Rounds;

/// <summary>What the start-up raises with: equity, a start-up fund's money, a grant, a loan or a convertible note.</summary>
public enum Instrument { Equity, StartUpFund, Grant, Loan, Convertible }

public enum RoundStatus { Open, Closed, Failed, Cancelled }

public static class InstrumentNames
{
    /// <summary>The name on the wire (contract events): kebab case.</summary>
    public static string WireName(this Instrument instrument) => instrument switch
    {
        Instrument.StartUpFund => "start-up-fund",
        _ => instrument.ToString().ToLowerInvariant(),
    };
}

/// <summary>
/// A round was opened for a start-up Incubation told us about. Amounts share the round's currency. The start-up's
/// technologies are copied in (null in rounds opened before they were), so the round's end names them.
/// </summary>
public sealed record RoundOpened(
    Guid RoundId, Guid StartUpId, string StartUpName, Instrument Instrument, Money Target, Money Minimum, Money? Cap,
    Money? PreMoneyValuation, DateOnly Deadline, string By, DateTimeOffset At, IReadOnlyList<Guid>? TechnologyIds = null);

/// <summary>An investor committed money to the round. Its money source is copied in: leverage never depends on a later edit.</summary>
public sealed record CommitmentMade(Guid CommitmentId, Guid InvestorId, string InvestorName, MoneySource Source, Money Amount, string By, DateTimeOffset At);

public sealed record CommitmentWithdrawn(Guid CommitmentId, Guid InvestorId, string? Reason, string By, DateTimeOffset At);

/// <summary>
/// The round closed with its minimum met. Carries what figures need (start-up, instrument, opening time,
/// public/private split), so read models never look back into the stream. Equity rounds also carry the
/// post-money valuation and the dilution (raised / post-money, a fraction to 4 places).
/// </summary>
public sealed record RoundClosed(
    Guid StartUpId, string StartUpName, Instrument Instrument, Money Raised, Money PublicMoney, Money PrivateMoney,
    Money? PostMoneyValuation, decimal? Dilution, DateTimeOffset OpenedAt, DateOnly ClosedOn, string By, DateTimeOffset At,
    IReadOnlyList<Guid>? TechnologyIds = null);

/// <summary>
/// The round ended without its minimum: found by the scheduled check once the deadline passed, or declared earlier
/// by staff or a financier who know it cannot be met (the lead investor pulled out), with their reason.
/// </summary>
public sealed record RoundFailed(Guid StartUpId, Instrument Instrument, Money Committed, Money Minimum, DateOnly Deadline, string By, DateTimeOffset At,
    string? Reason = null, string? StartUpName = null, IReadOnlyList<Guid>? TechnologyIds = null);

public sealed record RoundCancelled(Guid StartUpId, string Reason, string By, DateTimeOffset At);
