using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.KnownTechnologies;

namespace TechTransfer.Licensing.Api.RevenueSharing;

public sealed record OwnerIncome(string Name, string Kind, decimal Share, Money Amount);

public sealed record InventorIncome(Guid InventorId, decimal Share, Money Amount);

public sealed record Split(IReadOnlyList<OwnerIncome> Owners, Money FacilityPart, Money InventorsPool, Money FacilityKeeps, IReadOnlyList<InventorIncome> Inventors);

/// <summary>
/// Shares a payment exactly. The payment is apportioned among the IP owners by their agreed shares; the parts of the
/// owners of kind "facility" make the facility's part, of which <c>inventorsPercent</c> (the facility's policy,
/// <c>Licensing:RevenueSharing:InventorsPercent</c>, 100 by default: the whole facility part is attributed to its
/// inventors) is the inventors' pool, apportioned among the inventors by their contribution shares; the facility keeps
/// the rest. Apportioning is the largest-remainder method in minor units: each part is rounded down, then the
/// leftover minor units go one each to the parts with the largest remainders (ties: the larger share, then the
/// order given). Parts always add up exactly to the whole. The pool itself is rounded half away from zero.
/// </summary>
public static class RevenueSplit
{
    public static Split Of(Money payment, IReadOnlyList<OwnerPart> owners, IReadOnlyList<InventorPart> inventors, decimal inventorsPercent)
    {
        if (owners.Count == 0)
            throw new DomainRuleViolation("ip-ownership-is-agreed", "The technology's IP ownership is not known to Licensing: a payment cannot be shared.");
        var ownerAmounts = Apportion(payment, [.. owners.Select(o => o.Share)]);
        var ownerIncome = owners.Select((o, i) => new OwnerIncome(o.Name, o.Kind, o.Share, ownerAmounts[i])).ToList();
        var facility = ownerIncome.Where(o => string.Equals(o.Kind, "facility", StringComparison.OrdinalIgnoreCase))
            .Aggregate(Money.Zero(payment.Currency), (sum, o) => sum + o.Amount);
        var pool = inventors.Count == 0
            ? Money.Zero(payment.Currency)
            : new Money(decimal.Round(facility.Amount * inventorsPercent / 100m, Money.MinorUnits[payment.Currency], MidpointRounding.AwayFromZero), payment.Currency);
        var inventorAmounts = inventors.Count == 0 ? [] : Apportion(pool, [.. inventors.Select(i => i.Share)]);
        return new Split(ownerIncome, facility, pool, facility - pool,
            [.. inventors.Select((inv, i) => new InventorIncome(inv.InventorId, inv.Share, inventorAmounts[i]))]);
    }

    /// <summary>Largest-remainder apportionment of <paramref name="total"/> by <paramref name="shares"/> (any positive weights).</summary>
    public static IReadOnlyList<Money> Apportion(Money total, IReadOnlyList<decimal> shares)
    {
        var unit = 1m;
        for (var d = 0; d < Money.MinorUnits[total.Currency]; d++) unit /= 10m;
        var weight = shares.Sum();
        if (weight <= 0m) throw new DomainRuleViolation("shares-are-positive", "Shares must add up to more than zero.");
        var exact = shares.Select(s => total.Amount * s / weight).ToList();
        var floors = exact.Select(x => Math.Floor(x / unit) * unit).ToArray();
        var left = (int)((total.Amount - floors.Sum()) / unit);
        foreach (var i in Enumerable.Range(0, shares.Count).OrderByDescending(i => exact[i] - floors[i]).ThenByDescending(i => shares[i]).ThenBy(i => i).Take(left))
            floors[i] += unit;
        return [.. floors.Select(a => new Money(a, total.Currency))];
    }
}
