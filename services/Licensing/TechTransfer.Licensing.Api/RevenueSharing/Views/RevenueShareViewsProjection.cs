using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.Licences.RecordPayment;

namespace TechTransfer.Licensing.Api.RevenueSharing.Views;

/// <summary>Keeps the payment shares and the owner rows inline: they commit with the payment.</summary>
public sealed partial class RevenueShareViewsProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is not RevenueShared r) return ValueTask.CompletedTask;
        operations.Store(new PaymentShare(r.PaymentId, e.StreamId, r.TechnologyId, r.Facility, r.PaidOn, r.Year, r.Amount, r.Owners, r.FacilityPart,
            r.PatentCostsRecovered, r.FacilityNet, r.Policy, r.Tiers ?? [], r.Beneficiaries ?? [], r.InventorsPool, r.FacilityKeeps, r.Inventors, r.Explanation ?? []));
        // Owners named twice (two facility entities of one name) make one row: their parts add up.
        foreach (var owner in r.Owners.GroupBy(o => StreamKeys.Normalise(o.Name)))
            operations.Store(new OwnerIncomeRow(RowIds.Of(r.PaymentId, StreamKeys.CoOwner(owner.Key)), owner.Key, owner.First().Name, owner.First().Kind, r.Year, r.PaidOn,
                r.PaymentId, e.StreamId, r.TechnologyId, owner.Sum(o => o.Share), owner.Aggregate(Money.Zero(r.Amount.Currency), (sum, o) => sum + o.Amount)));
        return ValueTask.CompletedTask;
    }
}
