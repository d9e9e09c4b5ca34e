using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Financing.Api.Figures;
using TechTransfer.Financing.Api.Panels;
using TechTransfer.Financing.Api.Panels.AddMember;
using TechTransfer.Financing.Api.Panels.Form;
using TechTransfer.Financing.Api.Panels.HoldSession;
using TechTransfer.Financing.Api.Panels.RecordPitch;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.Rounds.Views;
using TechTransfer.Financing.Api.StartUps;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Financing.UnitTests;

public sealed class PanelAndFigureTests
{
    private static readonly Guid PanelId = Guid.Parse("0195c000-0000-7000-8000-000000000001");
    private static readonly Guid SessionId = Guid.Parse("0195c000-0000-7000-8000-0000000000e1");
    private static readonly Guid PitchId = Guid.Parse("0195c000-0000-7000-8000-0000000000d1");

    private static Panel PanelWithSession(params object[] more) => Panel.From(
    [
        new PanelFormed(PanelId, "Savoie investors' panel", [Given.Angel.Id], "fin-1", Given.Now),
        new PanelSessionHeld(SessionId, Given.Today.AddDays(-7), "Archamps", "fin-1", Given.Now), .. more,
    ])!;

    private static Func<IReadOnlyList<object>> Forming(FormPanel command, params Guid[] knownInvestors) =>
        () => FormPanelDecision.Decide(PanelId, command, knownInvestors.ToHashSet(), "a", Given.Now);

    private static Func<Panel, IReadOnlyList<object>> Pitching(RecordPitch command, KnownStartUp? startUp, Guid? sessionId = null, DateTimeOffset? at = null) =>
        p => RecordPitchDecision.Decide(p, sessionId ?? SessionId, command, startUp, "a", at ?? Given.Now, PitchId);

    [Fact]
    public void A_panel_is_formed_of_registered_investors_only()
    {
        Spec.When(Forming(new FormPanel(" Savoie panel ", [Given.Angel.Id, Given.Angel.Id]), Given.Angel.Id))
            .Then(new PanelFormed(PanelId, "Savoie panel", [Given.Angel.Id], "a", Given.Now));
        Spec.When(Forming(new FormPanel("P", [Guid.NewGuid()]))).ThenRefused("panel-is-named");
        Spec.When(Forming(new FormPanel("Panel", [Guid.NewGuid()]))).ThenRefused("members-are-registered-investors");
        Spec.Given(PanelWithSession).When(p => AddPanelMemberDecision.Decide(p, Given.Angel.Id, true, "a", Given.Now)).ThenRefused("member-is-new", RuleKind.CurrentState);
    }

    [Fact]
    public void A_start_up_pitches_once_per_session_after_the_session_and_only_if_known()
    {
        var pitch = Spec.Given(PanelWithSession)
            .When(Pitching(new RecordPitch(Given.StartUp.Id, PitchOutcome.Backed), Given.StartUp))
            .Then(new PitchRecorded(PitchId, SessionId, Given.Today.AddDays(-7), Given.StartUp.Id, "Quenchless SAS", PitchOutcome.Backed, null, "a", Given.Now));
        Spec.Given(PanelWithSession, [.. pitch])
            .When(Pitching(new RecordPitch(Given.StartUp.Id, PitchOutcome.Declined), Given.StartUp))
            .ThenRefused("start-up-pitches-once-per-session", RuleKind.CurrentState);
        Spec.Given(PanelWithSession).When(Pitching(new RecordPitch(Guid.NewGuid(), PitchOutcome.Backed), null)).ThenRefused("start-up-is-known");
        Spec.Given(PanelWithSession).When(Pitching(new RecordPitch(Given.StartUp.Id, PitchOutcome.Backed), Given.StartUp, Guid.NewGuid())).ThenThrows<NotFoundException>();
        Spec.Given(PanelWithSession)
            .When(Pitching(new RecordPitch(Given.StartUp.Id, PitchOutcome.Backed), Given.StartUp, at: Given.Now.AddDays(-8)))
            .ThenRefused("pitch-is-recorded-after-the-session");
    }

    private static ClosedRoundFact Closed(Guid startUp, decimal raised, decimal publicMoney, DateOnly opened, DateOnly closed, string currency = "EUR") =>
        new(Guid.NewGuid(), startUp, "s", Instrument.Equity, closed.Year, currency, raised, publicMoney, raised - publicMoney,
            Money.Ratio(raised - publicMoney, publicMoney, 2), opened, closed, closed.DayNumber - opened.DayNumber);

    [Fact]
    public void Leverage_and_time_to_raise_add_up_per_currency()
    {
        var s = Guid.NewGuid();
        var facts = new[]
        {
            Closed(s, 100_000m, 27_000m, Given.Today.AddDays(-300), Given.Today),
            Closed(s, 200_000m, 54_000m, Given.Today.AddDays(-100), Given.Today),
            Closed(s, 50_000m, 0m, Given.Today.AddDays(-50), Given.Today, "CHF"),
        };
        var byCurrency = FigureCalculations.ByCurrency(facts);
        byCurrency.Select(m => m.Currency).ShouldBe(["CHF", "EUR"]);
        byCurrency[1].Raised.ShouldBe(300_000m);
        byCurrency[1].PublicMoney.ShouldBe(81_000m);
        byCurrency[1].Leverage.ShouldBe(2.70m);
        byCurrency[0].Leverage.ShouldBeNull(); // no public money to lever
        var time = FigureCalculations.Time(facts).ShouldNotBeNull();
        (time.MinDays, time.MaxDays, time.AverageDays).ShouldBe((50, 300, 150.0m));
        FigureCalculations.Time([]).ShouldBeNull();
    }

    [Theory]
    [InlineData("2025-01-15", "2025-10-15", 9)]
    [InlineData("2025-01-15", "2025-10-14", 8)]
    [InlineData("2025-01-31", "2026-07-31", 18)]
    public void Months_count_once_their_day_is_reached(string from, string to, int months) =>
        FigureCalculations.MonthsBetween(DateOnly.Parse(from), DateOnly.Parse(to)).ShouldBe(months);

    [Fact]
    public void A_panels_success_rate_and_what_its_start_ups_raised_after_pitching()
    {
        var pitched = Enumerable.Range(1, 4).Select(_ => Guid.NewGuid()).ToList();
        var pitchOn = Given.Today.AddMonths(-20);
        var panel = PanelWithSession([.. pitched.Select((s, i) => (object)new PitchRecorded(Guid.NewGuid(), SessionId, pitchOn, s, $"s{i}",
            i < 3 ? PitchOutcome.Backed : PitchOutcome.Declined, null, "a", Given.Now))]);
        var facts = new[]
        {
            Closed(pitched[0], 130_000m, 30_000m, pitchOn, pitchOn.AddMonths(9)),
            Closed(pitched[1], 490_000m, 90_000m, pitchOn, pitchOn.AddMonths(18)),
            Closed(pitched[2], 999_000m, 0m, pitchOn.AddYears(-2), pitchOn.AddDays(-1)), // before the pitch: not counted
        };
        var figures = FigureCalculations.ForPanel(panel, facts);
        figures.Pitches.ShouldBe(4);
        figures.Backed.ShouldBe(3);
        figures.PitchSuccessRate.ShouldBe(0.75m);
        figures.StartUpsPresented.ShouldBe(4);
        figures.StartUpsThatRaised.ShouldBe(2);
        figures.RaiseRate.ShouldBe(0.5m);
        (figures.SmallestRaise, figures.LargestRaise, figures.FewestMonths, figures.MostMonths).ShouldBe((130_000m, 490_000m, 9, 18));
    }
}
