namespace TechTransfer.Client.Financing;

/// <summary>Money raised in one currency: public and private, and leverage (private per unit of public, 2 places).</summary>
public sealed record MoneyRaised(string Currency, int Rounds, decimal Raised, decimal PublicMoney, decimal PrivateMoney, decimal? Leverage);

public sealed record TimeToRaise(int Rounds, int MinDays, int MaxDays, decimal AverageDays);

/// <summary>Rounds closed in a year; rounds by instrument are keyed by kebab-case names (<c>equity</c>, <c>start-up-fund</c>…).</summary>
public sealed record YearFigures(int Year, IReadOnlyList<MoneyRaised> ByCurrency, IReadOnlyDictionary<string, int> RoundsByInstrument, TimeToRaise? TimeToRaise);

public sealed record StartUpFigures(Guid StartUpId, IReadOnlyList<MoneyRaised> ByCurrency, TimeToRaise? TimeToRaise, IReadOnlyList<ClosedRound> Rounds);

/// <summary>The facts of one closed round.</summary>
public sealed record ClosedRound(
    Guid Id, Guid StartUpId, string StartUpName, string Instrument, int Year, string Currency, decimal Raised, decimal PublicMoney,
    decimal PrivateMoney, decimal? Leverage, DateOnly OpenedOn, DateOnly ClosedOn, int DaysToRaise);

public sealed record PresentedStartUp(Guid StartUpId, string Name, DateOnly FirstPitch, bool Backed, decimal? Raised, string? Currency, int? MonthsToRaise);

/// <summary>A panel's pitch success rate and what the start-ups it heard raised afterwards (rates are fractions, 4 places).</summary>
public sealed record PanelFigures(
    Guid PanelId, string Name, int Sessions, int Pitches, int Backed, decimal? PitchSuccessRate, int StartUpsPresented, int StartUpsThatRaised,
    decimal? RaiseRate, decimal? SmallestRaise, decimal? LargestRaise, int? FewestMonths, int? MostMonths, IReadOnlyList<PresentedStartUp> StartUps);
