using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Financing.Api.Investors;
using TechTransfer.Financing.Api.Rounds.Cancel;
using TechTransfer.Financing.Api.Rounds.Close;
using TechTransfer.Financing.Api.Rounds.Commit;
using TechTransfer.Financing.Api.Rounds.Open;
using TechTransfer.Financing.Api.Rounds.Withdraw;

namespace TechTransfer.Financing.Api.Rounds;

/// <summary>A round's state folded from its stream: what every decision reads, and the staff/financier view (inline snapshot).</summary>
public sealed record Round
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid StartUpId { get; init; }
    public string StartUpName { get; init; } = "";
    public Instrument Instrument { get; init; }
    public string Currency { get; init; } = Money.DefaultCurrency;
    public Money Target { get; init; }
    public Money Minimum { get; init; }
    public Money? Cap { get; init; }
    public Money? PreMoneyValuation { get; init; }
    public DateOnly Deadline { get; init; }
    public RoundStatus Status { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public string OpenedBy { get; init; } = "";
    /// <summary>The start-up's technologies when the round opened; null for rounds opened before they were kept.</summary>
    public IReadOnlyList<Guid>? TechnologyIds { get; init; }
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];

    /// <summary>Active commitments only.</summary>
    public Money Committed { get; init; }
    public Money PublicCommitted { get; init; }
    public Money PrivateCommitted { get; init; }

    public DateOnly? ClosedOn { get; init; }
    public Money? PostMoneyValuation { get; init; }
    public decimal? Dilution { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string? CancellationReason { get; init; }
    public string? FailureReason { get; init; }

    /// <summary>Private money per unit of public money committed (2 places); null without public money.</summary>
    public decimal? Leverage => Money.Ratio(PrivateCommitted.Amount, PublicCommitted.Amount, 2);

    public static Round? Next(Round? state, object @event) => (state, @event) switch
    {
        (_, RoundOpened e) => new Round
        {
            Id = e.RoundId, StartUpId = e.StartUpId, StartUpName = e.StartUpName, Instrument = e.Instrument, Currency = e.Target.Currency,
            Target = e.Target, Minimum = e.Minimum, Cap = e.Cap, PreMoneyValuation = e.PreMoneyValuation, Deadline = e.Deadline,
            Status = RoundStatus.Open, OpenedAt = e.At, OpenedBy = e.By, TechnologyIds = e.TechnologyIds,
            Committed = Money.Zero(e.Target.Currency), PublicCommitted = Money.Zero(e.Target.Currency), PrivateCommitted = Money.Zero(e.Target.Currency),
        },
        (null, _) => null,
        ({ } s, CommitmentMade e) => s.WithCommitments([.. s.Commitments, new Commitment(e.CommitmentId, e.InvestorId, e.InvestorName, e.Source, e.Amount, e.At)]),
        ({ } s, CommitmentWithdrawn e) => s.WithCommitments([.. s.Commitments.Select(c => c.Id == e.CommitmentId ? c with { WithdrawnAt = e.At } : c)]),
        ({ } s, RoundClosed e) => s with
        {
            Status = RoundStatus.Closed,
            ClosedOn = e.ClosedOn,
            PostMoneyValuation = e.PostMoneyValuation,
            Dilution = e.Dilution,
            EndedAt = e.At,
        },
        ({ } s, RoundFailed e) => s with { Status = RoundStatus.Failed, EndedAt = e.At, FailureReason = e.Reason },
        ({ } s, RoundCancelled e) => s with { Status = RoundStatus.Cancelled, EndedAt = e.At, CancellationReason = e.Reason },
        ({ } s, _) => s,
    };

    public static Round? From(IEnumerable<object> events) => events.Aggregate((Round?)null, Next);

    private Round WithCommitments(IReadOnlyList<Commitment> commitments)
    {
        var active = commitments.Where(c => c.Active).ToList();
        Money Sum(IEnumerable<Commitment> list) => list.Aggregate(Money.Zero(Currency), (total, c) => total + c.Amount);
        return this with
        {
            Commitments = commitments,
            Committed = Sum(active),
            PublicCommitted = Sum(active.Where(c => c.Source == MoneySource.Public)),
            PrivateCommitted = Sum(active.Where(c => c.Source == MoneySource.Private)),
        };
    }
}

public sealed partial class RoundProjection : SingleStreamProjection<Round, Guid>
{
    public override Round? Evolve(Round? snapshot, Guid id, IEvent e) => Round.Next(snapshot, e.Data);
}
