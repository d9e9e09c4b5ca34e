using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Financing.Api.Investors;
using TechTransfer.Financing.Api.StartUps;

namespace TechTransfer.Financing.Api.Rounds;

/// <summary>Open a round (request body). Amounts are in <see cref="Currency"/> (ISO 4217, EUR when omitted).</summary>
public sealed record OpenRound(
    [Required] Guid? StartUpId,
    [Required] Instrument? Instrument,
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Target,
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Minimum,
    [Required] DateOnly? Deadline,
    [Range(typeof(decimal), "0.01", "100000000000")] decimal? Cap = null,
    [StringLength(3, MinimumLength = 3)] string? Currency = null,
    [Range(typeof(decimal), "0.01", "1000000000000")] decimal? PreMoneyValuation = null);

/// <summary>Commit money to a round (request body). A partner system commits for its own investor and may omit the id.</summary>
public sealed record Commit(
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Amount,
    [Required, StringLength(3, MinimumLength = 3)] string Currency,
    Guid? InvestorId = null);

public sealed record WithdrawCommitment([StringLength(1000)] string? Reason = null);

public sealed record CloseRound(DateOnly? ClosedOn = null);

public sealed record CancelRound([Required, StringLength(1000, MinimumLength = 3)] string Reason);

/// <summary>Declare before its deadline that a round failed: its minimum will not be met (request body).</summary>
public sealed record DeclareRoundFailed([Required, StringLength(1000, MinimumLength = 3)] string Reason);

/// <summary>Every rule of a round, as pure functions: state and command in, events out (or a <see cref="DomainRuleViolationException"/> naming the rule).</summary>
public static class RoundDecisions
{
    public const string DeadlineCheck = "deadline check";

    public static IReadOnlyList<object> Open(Guid roundId, OpenRound command, KnownStartUp? startUp, string by, DateTimeOffset now)
    {
        if (startUp is null)
            throw new DomainRuleViolationException("start-up-is-known", $"No start-up {command.StartUpId} was reported by Incubation; rounds are opened only for those.");
        var instrument = command.Instrument ?? throw new DomainRuleViolationException("instrument-is-given", "Say which instrument the round uses.");
        var currency = Money.CurrencyCode(command.Currency);
        var target = Money.Of(command.Target ?? 0m, currency, "target");
        var minimum = Money.Of(command.Minimum ?? 0m, currency, "minimum");
        Money? cap = command.Cap is { } c ? Money.Of(c, currency, "cap") : null;
        if (minimum > target)
            throw new DomainRuleViolationException("minimum-is-at-most-the-target", $"The minimum ({minimum}) is above the target ({target}).");
        if (cap is { } k && k < target)
            throw new DomainRuleViolationException("cap-is-at-least-the-target", $"The cap ({k}) is below the target ({target}).");
        Money? preMoney = null;
        if (instrument == Instrument.Equity)
            preMoney = Money.Of(command.PreMoneyValuation ?? throw new DomainRuleViolationException("equity-needs-a-pre-money-valuation",
                "An equity round needs the start-up's pre-money valuation."), currency, "pre-money valuation");
        else if (command.PreMoneyValuation is not null)
            throw new DomainRuleViolationException("pre-money-valuation-is-for-equity", $"A {instrument.WireName()} round takes no pre-money valuation.");
        var deadline = command.Deadline ?? throw new DomainRuleViolationException("deadline-is-given", "Give the round's deadline.");
        if (deadline <= Today(now))
            throw new DomainRuleViolationException("deadline-is-in-the-future", $"The deadline ({deadline:yyyy-MM-dd}) must be after today.");
        return [new RoundOpened(roundId, startUp.Id, startUp.Name, instrument, target, minimum, cap, preMoney, deadline, by, now, startUp.TechnologyIds)];
    }

    public static IReadOnlyList<object> Commit(Round round, Commit command, Investor? investor, string by, DateTimeOffset now, Guid commitmentId)
    {
        MustBeOpen(round, "commit to");
        if (Today(now) > round.Deadline)
            throw new DomainRuleViolationException("deadline-has-not-passed", $"The round's deadline ({round.Deadline:yyyy-MM-dd}) has passed.", RuleKind.CurrentState);
        if (investor is null)
            throw new DomainRuleViolationException("investor-is-known", $"No investor {command.InvestorId} is registered.");
        var currency = Money.CurrencyCode(command.Currency);
        if (currency != round.Currency)
            throw new DomainRuleViolationException("commitment-in-the-round-currency", $"The round is in {round.Currency}; commit in {round.Currency}, not {currency}.");
        var amount = Money.Of(command.Amount ?? 0m, currency, "commitment");
        if (round.Cap is { } cap && round.Committed + amount > cap)
            throw new DomainRuleViolationException("commitments-stay-within-the-cap",
                $"{amount} would bring the round to {round.Committed + amount}, over its cap of {cap} ({cap - round.Committed} left).", RuleKind.CurrentState);
        return [new CommitmentMade(commitmentId, investor.Id, investor.Name, investor.Source, amount, by, now)];
    }

    public static IReadOnlyList<object> Withdraw(Round round, Guid commitmentId, WithdrawCommitment command, string by, DateTimeOffset now)
    {
        MustBeOpen(round, "withdraw from");
        var commitment = round.Commitments.FirstOrDefault(c => c.Id == commitmentId) ?? throw new NotFoundException("Commitment", commitmentId);
        if (!commitment.Active)
            throw new DomainRuleViolationException("commitment-is-active", $"The commitment was already withdrawn on {commitment.WithdrawnAt:yyyy-MM-dd}.", RuleKind.CurrentState);
        return [new CommitmentWithdrawn(commitmentId, commitment.InvestorId, command.Reason?.Trim(), by, now)];
    }

    public static IReadOnlyList<object> Close(Round round, CloseRound command, string by, DateTimeOffset now)
    {
        MustBeOpen(round, "close");
        if (round.Committed < round.Minimum)
            throw new DomainRuleViolationException("minimum-is-met", $"{round.Committed} is committed, below the minimum of {round.Minimum}.", RuleKind.CurrentState);
        var closedOn = command.ClosedOn ?? Today(now);
        if (closedOn > Today(now))
            throw new DomainRuleViolationException("closing-date-is-not-in-the-future", $"The closing date ({closedOn:yyyy-MM-dd}) is in the future.");
        if (closedOn < DateOnly.FromDateTime(round.OpenedAt.UtcDateTime))
            throw new DomainRuleViolationException("closing-date-is-not-before-opening", $"The closing date ({closedOn:yyyy-MM-dd}) is before the round opened.");
        Money? postMoney = round.PreMoneyValuation is { } pre ? pre + round.Committed : null;
        var dilution = postMoney is { } post ? Money.Ratio(round.Committed.Amount, post.Amount, 4) : null;
        return [new RoundClosed(round.StartUpId, round.StartUpName, round.Instrument, round.Committed, round.PublicCommitted, round.PrivateCommitted,
            postMoney, dilution, round.OpenedAt, closedOn, by, now, round.TechnologyIds)];
    }

    public static IReadOnlyList<object> Cancel(Round round, CancelRound command, string by, DateTimeOffset now)
    {
        MustBeOpen(round, "cancel");
        var reason = command.Reason.Trim();
        if (reason.Length < 3) throw new DomainRuleViolationException("cancellation-has-a-reason", "Say why the round is cancelled.");
        return [new RoundCancelled(round.StartUpId, reason, by, now)];
    }

    /// <summary>
    /// A round that will not reach its minimum ends as failed before its deadline, not cancelled: it counts in the
    /// start-up's and the panel's record like one whose deadline passed. One that met its minimum is closed instead.
    /// </summary>
    public static IReadOnlyList<object> DeclareFailed(Round round, DeclareRoundFailed command, string by, DateTimeOffset now)
    {
        MustBeOpen(round, "declare failed");
        var reason = command.Reason.Trim();
        if (reason.Length < 3) throw new DomainRuleViolationException("failure-has-a-reason", "Say why the round failed.");
        if (round.Committed >= round.Minimum)
            throw new DomainRuleViolationException("minimum-is-not-met",
                $"{round.Committed} is committed, which meets the minimum of {round.Minimum}: close the round, or cancel it.", RuleKind.CurrentState);
        return [new RoundFailed(round.StartUpId, round.Instrument, round.Committed, round.Minimum, round.Deadline, by, now, reason,
            round.StartUpName, round.TechnologyIds)];
    }

    /// <summary>
    /// The scheduled check: an open round whose deadline has passed without the minimum fails. Anything else
    /// (already ended, deadline not passed, minimum met and waiting to be closed) gives no event, so the check
    /// can run any number of times, on any number of nodes.
    /// </summary>
    public static IReadOnlyList<object> FailIfDeadlinePassed(Round round, DateTimeOffset now) =>
        round.Status == RoundStatus.Open && Today(now) > round.Deadline && round.Committed < round.Minimum
            ? [new RoundFailed(round.StartUpId, round.Instrument, round.Committed, round.Minimum, round.Deadline, DeadlineCheck, now,
                $"The deadline ({round.Deadline:yyyy-MM-dd}) passed with {round.Committed} committed, below the minimum of {round.Minimum}.",
                round.StartUpName, round.TechnologyIds)]
            : [];

    private static void MustBeOpen(Round round, string action)
    {
        if (round.Status != RoundStatus.Open)
            throw new DomainRuleViolationException("round-is-open", $"The round is {round.Status.ToString().ToLowerInvariant()}; you cannot {action} it.", RuleKind.CurrentState);
    }

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
