using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.Licences;

namespace TechTransfer.Licensing.Api.RevenueSharing.Payments;

/// <summary>One payment's sharing, explained line by line (id = the payment id).</summary>
public sealed record PaymentShare(
    Guid Id, Guid LicenceId, Guid TechnologyId, string? Facility, DateOnly PaidOn, int Year, Money Amount, IReadOnlyList<OwnerIncome> Owners, Money FacilityPart,
    Money? PatentCostsRecovered, Money? FacilityNet, PolicyRef? Policy, IReadOnlyList<TierPortion> Tiers, IReadOnlyList<BeneficiaryIncome> Beneficiaries,
    Money InventorsPool, Money FacilityKeeps, IReadOnlyList<InventorIncome> Inventors, IReadOnlyList<string> Explanation);

/// <summary>One owner's part of one payment (facility owners too: "the part the facility keeps"); listed per owner and year.</summary>
public sealed record OwnerIncomeRow(Guid Id, string OwnerKey, string Owner, string Kind, int Year, DateOnly PaidOn, Guid PaymentId, Guid LicenceId, Guid TechnologyId,
    decimal Share, Money Amount);

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
