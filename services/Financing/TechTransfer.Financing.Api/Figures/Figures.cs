using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Financing.Api.Panels;
using TechTransfer.Financing.Api.Rounds.Views;

namespace TechTransfer.Financing.Api.Figures;

/// <summary>Money raised in one currency (never summed across currencies): public, private and their leverage.</summary>
public sealed record MoneyRaised(string Currency, int Rounds, decimal Raised, decimal PublicMoney, decimal PrivateMoney, decimal? Leverage);

/// <summary>Opened → closed, in days, over the closed rounds counted.</summary>
public sealed record TimeToRaise(int Rounds, int MinDays, int MaxDays, decimal AverageDays);

public sealed record YearFigures(int Year, IReadOnlyList<MoneyRaised> ByCurrency, IReadOnlyDictionary<string, int> RoundsByInstrument, TimeToRaise? TimeToRaise);

public sealed record StartUpFigures(Guid StartUpId, IReadOnlyList<MoneyRaised> ByCurrency, TimeToRaise? TimeToRaise, IReadOnlyList<ClosedRoundFact> Rounds);

/// <summary>What became of one start-up presented to a panel: the money it raised in rounds closed on or after its first pitch.</summary>
public sealed record PresentedStartUp(Guid StartUpId, string Name, DateOnly FirstPitch, bool Backed, decimal? Raised, string? Currency, int? MonthsToRaise);

/// <summary>
/// A panel's record. Pitch success rate = pitches the panel backed / pitches heard (a fraction, 4 places); the
/// raise rate = start-ups presented that closed a round on or after their first pitch / start-ups presented.
/// Answers the seeds' "13 presented, 6 raised 130 k€–490 k€ after 9 to 18 months".
/// </summary>
public sealed record PanelFigures(
    Guid PanelId, string Name, int Sessions, int Pitches, int Backed, decimal? PitchSuccessRate, int StartUpsPresented, int StartUpsThatRaised,
    decimal? RaiseRate, decimal? SmallestRaise, decimal? LargestRaise, int? FewestMonths, int? MostMonths, IReadOnlyList<PresentedStartUp> StartUps);

/// <summary>Pure arithmetic over closed-round facts and a panel's pitches.</summary>
public static class FigureCalculations
{
    public static IReadOnlyList<MoneyRaised> ByCurrency(IEnumerable<ClosedRoundFact> facts) =>
    [
        .. facts.GroupBy(f => f.Currency).OrderBy(g => g.Key).Select(g =>
        {
            decimal pub = g.Sum(f => f.PublicMoney), priv = g.Sum(f => f.PrivateMoney);
            return new MoneyRaised(g.Key, g.Count(), g.Sum(f => f.Raised), pub, priv, Money.Ratio(priv, pub, 2));
        }),
    ];

    public static TimeToRaise? Time(IReadOnlyCollection<ClosedRoundFact> facts) => facts.Count == 0
        ? null
        : new TimeToRaise(facts.Count, facts.Min(f => f.DaysToRaise), facts.Max(f => f.DaysToRaise),
            Money.Ratio(facts.Sum(f => (decimal)f.DaysToRaise), facts.Count, 1)!.Value);

    /// <summary>
    /// Whole months from one date to a later one: a month counts once its day is reached, and in a month without that
    /// day (the 31st in April, the 29th–31st in February) on the month's last day, the convention of every date rule
    /// here (licence years, reporting periods, patent deadlines). So 31 March → 30 April is one month, as 1 March →
    /// 1 April is; comparing days of the month alone made it none.
    /// </summary>
    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -MonthsBetween(to, from);
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        return from.AddMonths(months) > to ? months - 1 : months;
    }

    public static PanelFigures ForPanel(Panel panel, IReadOnlyCollection<ClosedRoundFact> roundsOfPresented)
    {
        var presented = panel.Pitches.GroupBy(p => p.StartUpId).Select(g =>
        {
            var first = g.Min(p => p.On);
            var raised = roundsOfPresented.Where(f => f.StartUpId == g.Key && f.ClosedOn >= first).OrderBy(f => f.ClosedOn).ToList();
            var currency = raised.FirstOrDefault()?.Currency;
            return new PresentedStartUp(g.Key, g.First().StartUpName, first, g.Any(p => p.Outcome == PitchOutcome.Backed),
                raised.Count == 0 ? null : raised.Where(f => f.Currency == currency).Sum(f => f.Raised), currency,
                raised.Count == 0 ? null : MonthsBetween(first, raised[0].ClosedOn));
        }).OrderBy(s => s.FirstPitch).ToList();
        var raisedOnes = presented.Where(s => s.Raised is not null).ToList();
        var backed = panel.Pitches.Count(p => p.Outcome == PitchOutcome.Backed);
        return new PanelFigures(panel.Id, panel.Name, panel.Sessions.Count, panel.Pitches.Count, backed, Money.Ratio(backed, panel.Pitches.Count, 4),
            presented.Count, raisedOnes.Count, Money.Ratio(raisedOnes.Count, presented.Count, 4),
            raisedOnes.Count == 0 ? null : raisedOnes.Min(s => s.Raised), raisedOnes.Count == 0 ? null : raisedOnes.Max(s => s.Raised),
            raisedOnes.Count == 0 ? null : raisedOnes.Min(s => s.MonthsToRaise), raisedOnes.Count == 0 ? null : raisedOnes.Max(s => s.MonthsToRaise),
            presented);
    }
}
