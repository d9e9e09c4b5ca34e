using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>The royalty owed on one report, in the licence currency.</summary>
public sealed record RoyaltyDue(Money OnSales, Money SublicenceShare, Money MinimumTopUp)
{
    public Money Total => OnSales + SublicenceShare + MinimumTopUp;
}

/// <summary>
/// Royalty arithmetic, exact in <c>decimal</c>. Rules:
/// <list type="bullet">
/// <item>Tiers are <b>marginal</b> over the licence year's cumulative net sales: each tier's rate applies to the part
/// of the year's sales that falls in that tier (a flat rate is one tier from zero).</item>
/// <item><b>Rounding</b>: to the currency's minor unit, half away from zero. A report owes
/// round(earned(year's sales after it)) − round(earned(year's sales before it)), so the reports of a year add up to
/// exactly the rounded royalty on the year's total: rounding never drifts across reports.</item>
/// <item>The <b>sublicence share</b> is round(sublicence income × share %).</item>
/// <item>The <b>minimum annual royalty</b> is a top-up on the report that closes a complete licence year:
/// max(0, minimum − royalties on sales of that year). Sublicence shares do not count toward it.</item>
/// </list>
/// </summary>
public static class RoyaltyCalculation
{
    public static decimal Round(decimal amount, string currency) =>
        decimal.Round(amount, Money.MinorUnits[currency], MidpointRounding.AwayFromZero);

    /// <summary>Royalty earned, unrounded, on <paramref name="netSales"/> (the year's cumulative) under marginal tiers.</summary>
    public static decimal Earned(decimal netSales, IReadOnlyList<RoyaltyTier> tiers)
    {
        var earned = 0m;
        for (var i = 0; i < tiers.Count && netSales > tiers[i].FromNetSales; i++)
        {
            var upper = i + 1 < tiers.Count ? Math.Min(netSales, tiers[i + 1].FromNetSales) : netSales;
            earned += (upper - tiers[i].FromNetSales) * tiers[i].Rate / 100m;
        }
        return earned;
    }

    /// <summary>
    /// The royalty on one report: <paramref name="yearSalesBefore"/> and <paramref name="yearRoyaltyBefore"/> are the
    /// net sales and royalties on sales already reported in the same licence year.
    /// </summary>
    public static RoyaltyDue Compute(LicenceTerms terms, decimal yearSalesBefore, decimal yearRoyaltyBefore, decimal netSales, decimal sublicenceIncome,
        bool closesLicenceYear)
    {
        var c = terms.Currency;
        var onSales = Round(Earned(yearSalesBefore + netSales, terms.RoyaltyTiers), c) - Round(Earned(yearSalesBefore, terms.RoyaltyTiers), c);
        var share = Round(sublicenceIncome * terms.SublicenceShare / 100m, c);
        var topUp = closesLicenceYear && terms.MinimumAnnualRoyalty is { } minimum
            ? Math.Max(0m, minimum.Amount - (yearRoyaltyBefore + onSales))
            : 0m;
        return new RoyaltyDue(new Money(onSales, c), new Money(share, c), new Money(topUp, c));
    }
}
