using System.Globalization;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.RevenueSharing.Policies;

namespace TechTransfer.Licensing.Api.RevenueSharing;

public sealed record OwnerIncome(string Name, string Kind, decimal Share, Money Amount);

public sealed record InventorIncome(Guid InventorId, decimal Share, Money Amount);

public sealed record BeneficiaryIncome(string Name, decimal Weight, Money Amount);

/// <summary>The part of the facility's net income that fell in one tier, and how that tier shared it.</summary>
public sealed record TierPortion(int Tier, decimal From, decimal? To, Money Amount, IReadOnlyList<BeneficiaryIncome> Beneficiaries);

/// <summary>Which policy shared a payment (<see cref="IsDefault"/>: the facility had none in force).</summary>
public sealed record PolicyRef(Guid PolicyId, string Facility, DateOnly EffectiveFrom, bool IsDefault);

/// <summary>What the ledger says before the payment: patent costs not yet recovered, and the year's net income so far (same currency).</summary>
public sealed record LedgerPosition(Money UnrecoveredPatentCosts, Money NetThisYear);

public sealed record Split(
    IReadOnlyList<OwnerIncome> Owners, Money FacilityPart, Money PatentCostsRecovered, Money FacilityNet, PolicyRef Policy, IReadOnlyList<TierPortion> Tiers,
    IReadOnlyList<BeneficiaryIncome> Beneficiaries, Money InventorsPool, Money FacilityKeeps, IReadOnlyList<InventorIncome> Inventors,
    IReadOnlyList<string> Explanation);

/// <summary>
/// Shares a payment exactly, in this order (DOMAIN.md): (1) the payment is apportioned among the IP owners by their
/// agreed shares, and the co-owners (every owner not of kind "facility") are owed theirs; (2) the facility owners'
/// parts make the facility's part; (3) when the policy in force on the day the payment was received says so, the
/// patent costs recorded for the technology and not yet recovered (same currency) are recovered from it first;
/// (4) the rest, the facility's net, is cut into tiers by the facility's net income from this technology earlier in
/// the same calendar year (thresholds in the policy currency; income in another currency is shared by the first
/// tier: nothing is converted); (5) each tier's portion is apportioned among its beneficiaries by weight; (6) the
/// beneficiary "inventors" is apportioned among the inventors by their contribution shares (none known: it stays
/// with the facility, said so). Every apportioning is the largest-remainder method in minor units, so every level
/// adds up exactly to the level above. Each step is one line of <see cref="Split.Explanation"/>.
/// </summary>
public static class RevenueSplit
{
    public static Split Of(Money payment, IReadOnlyList<OwnerPart> owners, IReadOnlyList<InventorPart> inventors, Policy policy, LedgerPosition ledger)
    {
        if (owners.Count == 0)
            throw new DomainRuleViolationException("ip-ownership-is-agreed", "The technology's IP ownership is not known to Licensing: a payment cannot be shared.");
        var currency = payment.Currency;
        var lines = new List<string> { $"Payment received: {Show(payment)}." };
        var ownerAmounts = Apportion(payment, [.. owners.Select(o => o.Share)]);
        var ownerIncome = owners.Select((o, i) => new OwnerIncome(o.Name, o.Kind, o.Share, ownerAmounts[i])).ToList();
        foreach (var o in ownerIncome)
            lines.Add($"Owner {o.Name} ({o.Kind.ToLowerInvariant()}, {Pct(o.Share)} %): {Show(o.Amount)}"
                      + (string.Equals(o.Kind, "facility", StringComparison.OrdinalIgnoreCase) ? ", the facility's." : ", owed to this co-owner."));
        var facility = ownerIncome.Where(o => string.Equals(o.Kind, "facility", StringComparison.OrdinalIgnoreCase))
            .Aggregate(Money.Zero(currency), (sum, o) => sum + o.Amount);

        var policyRef = new PolicyRef(policy.Id, policy.Facility, policy.EffectiveFrom, policy.IsDefault);
        lines.Add(policy.IsDefault
            ? $"Policy: {policy.Facility} has none in force on the day received, so the default applies ({policy.Description})"
            : $"Policy: {policy.Facility}'s, in force from {policy.EffectiveFrom:yyyy-MM-dd} ({policy.Id}).");
        var recovered = policy.DeductPatentCosts && ledger.UnrecoveredPatentCosts.Amount > 0m
            ? new Money(Math.Min(facility.Amount, ledger.UnrecoveredPatentCosts.Amount), currency)
            : Money.Zero(currency);
        lines.Add(!policy.DeductPatentCosts ? "Patent costs: not deducted under this policy."
            : $"Patent costs recovered: {Show(recovered)} of {Show(ledger.UnrecoveredPatentCosts)} not yet recovered.");
        var net = facility - recovered;
        lines.Add($"Facility's part {Show(facility)}, net {Show(net)}; this technology's net income earlier this year: {Show(ledger.NetThisYear)}.");

        var tiers = Portions(net, ledger.NetThisYear, policy, currency).Select(t =>
        {
            var weights = policy.Tiers[t.Index].Beneficiaries;
            var amounts = t.Amount.Amount == 0m ? weights.Select(_ => Money.Zero(currency)).ToList() : Apportion(t.Amount, [.. weights.Select(b => b.Weight)]);
            var portion = new TierPortion(t.Index + 1, t.From, t.To, t.Amount, [.. weights.Select((b, i) => new BeneficiaryIncome(b.Name, b.Weight, amounts[i]))]);
            lines.Add($"Tier {portion.Tier} (from {portion.From.ToString(CultureInfo.InvariantCulture)}"
                      + (portion.To is { } to ? $" to {to.ToString(CultureInfo.InvariantCulture)}" : "") + $" {policy.Currency} a year): {Show(portion.Amount)} → "
                      + string.Join(", ", portion.Beneficiaries.Select(b => $"{b.Name} {Show(b.Amount)} ({Pct(b.Weight * 100m / weights.Sum(w => w.Weight))} %)")) + ".");
            return portion;
        }).ToList();
        var beneficiaries = tiers.SelectMany(t => t.Beneficiaries).GroupBy(b => b.Name)
            .Select(g => new BeneficiaryIncome(g.Key, g.First().Weight, g.Aggregate(Money.Zero(currency), (sum, b) => sum + b.Amount))).ToList();

        var pool = beneficiaries.FirstOrDefault(b => b.Name == Policy.Inventors)?.Amount ?? Money.Zero(currency);
        var inventorAmounts = inventors.Count == 0 || pool.Amount == 0m ? inventors.Select(_ => Money.Zero(currency)).ToList() : Apportion(pool, [.. inventors.Select(i => i.Share)]);
        var inventorIncome = inventors.Select((inv, i) => new InventorIncome(inv.InventorId, inv.Share, inventorAmounts[i])).ToList();
        if (inventors.Count == 0 && pool.Amount > 0m)
        {
            lines.Add($"Inventors: no contribution shares known, so their {Show(pool)} stays with the facility.");
            pool = Money.Zero(currency);
        }
        foreach (var inv in inventorIncome) lines.Add($"Inventor {inv.InventorId} ({Pct(inv.Share)} %): {Show(inv.Amount)}.");
        return new Split(ownerIncome, facility, recovered, net, policyRef, tiers, beneficiaries, pool, facility - pool, inventorIncome, lines);
    }

    /// <summary>Cuts <paramref name="net"/> into the tiers it falls in, given the year's net income before it (marginal, like royalty tiers).</summary>
    private static IEnumerable<(int Index, decimal From, decimal? To, Money Amount)> Portions(Money net, Money before, Policy policy, string currency)
    {
        if (currency != policy.Currency || policy.Tiers.Count == 1)
        {
            yield return (0, policy.Tiers[0].From, policy.Tiers.Count > 1 && currency == policy.Currency ? policy.Tiers[1].From : null, net);
            yield break;
        }
        var start = before.Amount;
        var end = start + net.Amount;
        for (var i = 0; i < policy.Tiers.Count; i++)
        {
            var from = policy.Tiers[i].From;
            decimal? to = i + 1 < policy.Tiers.Count ? policy.Tiers[i + 1].From : null;
            var part = Math.Min(end, to ?? decimal.MaxValue) - Math.Max(start, from);
            if (part > 0m || (net.Amount == 0m && start >= from && (to is null || start < to)))
                yield return (i, from, to, new Money(Math.Max(part, 0m), currency));
        }
    }

    private static string Show(Money m) => $"{m.Amount.ToString("N" + Money.MinorUnits[m.Currency], CultureInfo.InvariantCulture)} {m.Currency}";

    private static string Pct(decimal p) => decimal.Round(p, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Largest-remainder apportionment of <paramref name="total"/> by <paramref name="shares"/> (any positive weights).</summary>
    public static IReadOnlyList<Money> Apportion(Money total, IReadOnlyList<decimal> shares)
    {
        var unit = 1m;
        for (var d = 0; d < Money.MinorUnits[total.Currency]; d++) unit /= 10m;
        var weight = shares.Sum();
        if (weight <= 0m) throw new DomainRuleViolationException("shares-are-positive", "Shares must add up to more than zero.");
        var exact = shares.Select(s => total.Amount * s / weight).ToList();
        var floors = exact.Select(x => Math.Floor(x / unit) * unit).ToArray();
        var left = (int)((total.Amount - floors.Sum()) / unit);
        foreach (var i in Enumerable.Range(0, shares.Count).OrderByDescending(i => exact[i] - floors[i]).ThenByDescending(i => shares[i]).ThenBy(i => i).Take(left))
            floors[i] += unit;
        return [.. floors.Select(a => new Money(a, total.Currency))];
    }
}
