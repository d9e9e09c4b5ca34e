using TechTransfer.Licensing.Api.RevenueSharing.Views;

namespace TechTransfer.Licensing.Api.RevenueSharing.CoOwners;

/// <summary>Per currency: owed (income received), paid out, and what remains (owed − paid out).</summary>
public sealed record OwnerBalance(string Currency, decimal Owed, decimal PaidOut, decimal Remaining)
{
    /// <summary>Per currency, from the owner's income rows and payouts.</summary>
    public static IReadOnlyList<OwnerBalance> Of(IEnumerable<OwnerIncomeRow> rows, IEnumerable<Payout> payouts)
    {
        var owed = rows.GroupBy(r => r.Amount.Currency).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount.Amount));
        var paid = payouts.GroupBy(p => p.Amount.Currency).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount.Amount));
        return [.. owed.Keys.Union(paid.Keys).Order().Select(c => new OwnerBalance(c, owed.GetValueOrDefault(c), paid.GetValueOrDefault(c),
            owed.GetValueOrDefault(c) - paid.GetValueOrDefault(c)))];
    }
}
