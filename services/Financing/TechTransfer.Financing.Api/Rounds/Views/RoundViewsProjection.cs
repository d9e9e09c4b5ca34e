using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Financing.Api.Rounds.Cancel;
using TechTransfer.Financing.Api.Rounds.Close;
using TechTransfer.Financing.Api.Rounds.Commit;
using TechTransfer.Financing.Api.Rounds.Open;
using TechTransfer.Financing.Api.Rounds.Withdraw;

namespace TechTransfer.Financing.Api.Rounds.Views;

/// <summary>Keeps the commitment, deadline and closed-round rows inline: they commit with the events.</summary>
public sealed partial class RoundViewsProjection : EventProjection
{
    public override async ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var roundId = e.StreamId;
        switch (e.Data)
        {
            case RoundOpened o:
                operations.Store(new OpenRoundDeadline(roundId, o.Deadline));
                break;
            case CommitmentMade c:
            {
                var round = await operations.LoadAsync<Round>(roundId, cancellation);
                operations.Store(new CommitmentView(c.CommitmentId, roundId, c.InvestorId, round?.StartUpId ?? Guid.Empty, round?.StartUpName ?? "",
                    round?.Instrument ?? default, c.Amount, c.At, null, RoundStatus.Open));
                break;
            }
            case CommitmentWithdrawn w:
                if (await operations.LoadAsync<CommitmentView>(w.CommitmentId, cancellation) is { } withdrawn)
                    operations.Store(withdrawn with { WithdrawnAt = w.At });
                break;
            case RoundClosed c:
                operations.Delete<OpenRoundDeadline>(roundId);
                await MarkCommitmentsAsync(operations, roundId, RoundStatus.Closed, cancellation);
                var openedOn = DateOnly.FromDateTime(c.OpenedAt.UtcDateTime);
                operations.Store(new ClosedRoundFact(roundId, c.StartUpId, c.StartUpName, c.Instrument, c.ClosedOn.Year, c.Raised.Currency, c.Raised.Amount,
                    c.PublicMoney.Amount, c.PrivateMoney.Amount, Money.Ratio(c.PrivateMoney.Amount, c.PublicMoney.Amount, 2), openedOn, c.ClosedOn,
                    c.ClosedOn.DayNumber - openedOn.DayNumber));
                break;
            case RoundFailed:
                operations.Delete<OpenRoundDeadline>(roundId);
                await MarkCommitmentsAsync(operations, roundId, RoundStatus.Failed, cancellation);
                break;
            case RoundCancelled:
                operations.Delete<OpenRoundDeadline>(roundId);
                await MarkCommitmentsAsync(operations, roundId, RoundStatus.Cancelled, cancellation);
                break;
        }
    }

    private static async Task MarkCommitmentsAsync(IDocumentOperations operations, Guid roundId, RoundStatus status, CancellationToken ct)
    {
        // A round holds tens of commitments, not thousands: read by the indexed round id and rewrite each.
        foreach (var view in await operations.Query<CommitmentView>().Where(v => v.RoundId == roundId).ToListAsync(ct))
            operations.Store(view with { RoundStatus = status });
    }
}
