using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Financing.Api.Investors;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.Rounds.Commit;
using TechTransfer.Financing.Api.Rounds.Open;
using TechTransfer.Financing.Api.StartUps;

namespace TechTransfer.Financing.UnitTests;

/// <summary>Given: a round's state folded from the events that built it, exactly as Marten does.</summary>
public static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 1);
    public static readonly Guid RoundId = Guid.Parse("0195b000-0000-7000-8000-000000000001");
    public static readonly KnownStartUp StartUp = new(Guid.Parse("0195b000-0000-7000-8000-000000000051"), "Quenchless SAS",
        [Guid.Parse("0195b000-0000-7000-8000-0000000000c3")], Today.AddYears(-1), Now);
    public static readonly Investor Angel = new() { Id = Guid.Parse("0195b000-0000-7000-8000-0000000000a1"), Name = "Ada Angel", Kind = InvestorKind.BusinessAngel, Source = MoneySource.Private };
    public static readonly Investor Region = new() { Id = Guid.Parse("0195b000-0000-7000-8000-0000000000b2"), Name = "Haute-Savoie fund", Kind = InvestorKind.RegionalSeedFund, Source = MoneySource.Public };

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static RoundOpened Opened(Instrument instrument = Instrument.Equity, decimal target = 300_000m, decimal minimum = 130_000m, decimal? cap = 400_000m,
        decimal? preMoney = 1_200_000m) =>
        new(RoundId, StartUp.Id, StartUp.Name, instrument, Eur(target), Eur(minimum), cap is { } c ? Eur(c) : null, preMoney is { } p ? Eur(p) : null,
            Today.AddDays(90), "fin-1", Now.AddDays(-30), StartUp.TechnologyIds);

    public static CommitmentMade Committed(Investor investor, decimal amount, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), investor.Id, investor.Name, investor.Source, Eur(amount), "fin-1", Now.AddDays(-10));

    public static Round Round(params object[] events) => Round(Opened(), events);

    public static Round Round(RoundOpened opened, params object[] events) => TechTransfer.Financing.Api.Rounds.Round.From([opened, .. events])!;

    public static OpenRound Open(Instrument instrument = Instrument.Equity, decimal target = 300_000m, decimal minimum = 130_000m, decimal? cap = null,
        string? currency = "EUR", decimal? preMoney = 1_200_000m, DateOnly? deadline = null) =>
        new(StartUp.Id, instrument, target, minimum, deadline ?? Today.AddDays(60), cap, currency, preMoney);
}
