using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.RevenueSharing.CoOwners.RecordPayout;

namespace TechTransfer.Licensing.Api.RevenueSharing.CoOwners;

/// <summary>What was paid out to one co-owner (inline snapshot of its stream, <see cref="StreamKeys.CoOwner"/>); what it is owed comes from <see cref="Views.OwnerIncomeRow"/>.</summary>
public sealed record CoOwnerAccount
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Owner { get; init; } = "";
    public IReadOnlyList<Payout> Payouts { get; init; } = [];

    public Money PaidOutIn(string currency) => new(Payouts.Where(p => p.Amount.Currency == currency).Sum(p => p.Amount.Amount), currency);

    public static CoOwnerAccount? Next(CoOwnerAccount? state, Guid id, object @event) => @event switch
    {
        CoOwnerPaidOut e => (state ?? new CoOwnerAccount { Id = id, Owner = e.Owner }) with
        {
            Payouts = [.. state?.Payouts ?? [], new Payout(e.PayoutId, e.Amount, e.PaidOn, e.Reference, e.By, e.At)],
        },
        _ => state,
    };
}

public sealed partial class CoOwnerAccountProjection : SingleStreamProjection<CoOwnerAccount, Guid>
{
    public override CoOwnerAccount? Evolve(CoOwnerAccount? snapshot, Guid id, IEvent e) => CoOwnerAccount.Next(snapshot, id, e.Data);
}
