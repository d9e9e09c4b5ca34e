using Marten;
using TechTransfer.Contracts.Financing;
using TechTransfer.Incubation.Api.StartUps;

namespace TechTransfer.Incubation.Api.Funding;

/// <summary>How closed rounds become a start-up's funding to date: pure, except the one indexed read.</summary>
public static class FundingRules
{
    /// <summary>
    /// One closed round as Incubation keeps it. When only one of public and private is given the other is the rest;
    /// when neither is (older Financing), the amount stays unsplit: never guessed as public or private.
    /// </summary>
    public static FundingRound Of(RoundClosed round, DateTimeOffset now)
    {
        var publicAmount = round.PublicAmount ?? (round.PrivateAmount is { } p ? round.AmountRaised - p : null);
        var privateAmount = round.PrivateAmount ?? (round.PublicAmount is { } q ? round.AmountRaised - q : null);
        var currency = string.IsNullOrWhiteSpace(round.Currency) ? "EUR" : round.Currency.Trim().ToUpperInvariant();
        return new FundingRound(round.RoundId, round.StartUpId, round.Kind, currency, round.AmountRaised, publicAmount, privateAmount, round.ClosedOn, now);
    }

    /// <summary>Sums per currency (currencies are never added together), exactly: no rounding anywhere.</summary>
    public static IReadOnlyList<FundingToDate> ToDate(IEnumerable<FundingRound> rounds) =>
    [
        .. rounds.GroupBy(r => r.Currency).OrderBy(g => g.Key).Select(g => new FundingToDate(g.Key, g.Count(), g.Sum(r => r.Amount),
            g.Sum(r => r.PublicAmount ?? 0m), g.Sum(r => r.PrivateAmount ?? 0m), g.Sum(r => r.Amount - (r.PublicAmount ?? 0m) - (r.PrivateAmount ?? 0m)))),
    ];

    /// <summary>The start-ups with their funding rounds attached (one indexed query for all of them).</summary>
    public static async Task<IReadOnlyList<StartUp>> WithFundingAsync(this IQuerySession session, IReadOnlyList<StartUp> startUps, CancellationToken ct)
    {
        if (startUps.Count == 0) return startUps;
        var ids = startUps.Select(s => s.Id).ToArray();
        var rounds = (await session.Query<FundingRound>().Where(r => ids.Contains(r.StartUpId)).ToListAsync(ct)).ToLookup(r => r.StartUpId);
        return [.. startUps.Select(s => s.WithFunding([.. rounds[s.Id].OrderBy(r => r.ClosedOn)]))];
    }
}
