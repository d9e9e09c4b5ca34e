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

namespace TechTransfer.Financing.UnitTests;

public sealed class PanelAndFigureTests
{
    private static readonly Guid PanelId = Guid.Parse("0195c000-0000-7000-8000-000000000001");
    private static readonly Guid SessionId = Guid.Parse("0195c000-0000-7000-8000-0000000000e1");

    private static Panel PanelWithSession(params object[] more) => Panel.From(
    [
        new PanelFormed(PanelId, "Savoie investors' panel", [Given.Angel.Id], "fin-1", Given.Now),
        new PanelSessionHeld(SessionId, Given.Today.AddDays(-7), "Archamps", "fin-1", Given.Now), .. more,
    ])!;

    [Fact]
    public void A_panel_is_formed_of_registered_investors_only()
    {
        FormPanelDecision.Decide(PanelId, new FormPanel(" Savoie panel ", [Given.Angel.Id, Given.Angel.Id]), new HashSet<Guid> { Given.Angel.Id }, "a", Given.Now)
            .ShouldHaveSingleItem().ShouldBeOfType<PanelFormed>().Members.ShouldBe([Given.Angel.Id]);
        Should.Throw<DomainRuleViolationException>(() => FormPanelDecision.Decide(PanelId, new FormPanel("P", [Guid.NewGuid()]), new HashSet<Guid>(), "a", Given.Now).ToList())
            .Rule.ShouldBe("panel-is-named");
        Should.Throw<DomainRuleViolationException>(() => FormPanelDecision.Decide(PanelId, new FormPanel("Panel", [Guid.NewGuid()]), new HashSet<Guid>(), "a", Given.Now))
            .Rule.ShouldBe("members-are-registered-investors");
        Should.Throw<DomainRuleViolationException>(() => AddPanelMemberDecision.Decide(PanelWithSession(), Given.Angel.Id, true, "a", Given.Now)).Rule.ShouldBe("member-is-new");
    }

    [Fact]
    public void A_start_up_pitches_once_per_session_after_the_session_and_only_if_known()
    {
        var panel = PanelWithSession();
        var pitch = RecordPitchDecision.Decide(panel, SessionId, new RecordPitch(Given.StartUp.Id, PitchOutcome.Backed), Given.StartUp, "a", Given.Now, Guid.NewGuid())
            .ShouldHaveSingleItem().ShouldBeOfType<PitchRecorded>();
        pitch.On.ShouldBe(Given.Today.AddDays(-7));
        Should.Throw<DomainRuleViolationException>(() => RecordPitchDecision.Decide(Panel.Next(panel, pitch)!, SessionId, new RecordPitch(Given.StartUp.Id, PitchOutcome.Declined),
            Given.StartUp, "a", Given.Now, Guid.NewGuid())).Rule.ShouldBe("start-up-pitches-once-per-session");
        Should.Throw<DomainRuleViolationException>(() => RecordPitchDecision.Decide(panel, SessionId, new RecordPitch(Guid.NewGuid(), PitchOutcome.Backed), null, "a", Given.Now, Guid.NewGuid()))
            .Rule.ShouldBe("start-up-is-known");
        Should.Throw<NotFoundException>(() => RecordPitchDecision.Decide(panel, Guid.NewGuid(), new RecordPitch(Given.StartUp.Id, PitchOutcome.Backed), Given.StartUp, "a", Given.Now, Guid.NewGuid()));
        Should.Throw<DomainRuleViolationException>(() => RecordPitchDecision.Decide(panel, SessionId, new RecordPitch(Given.StartUp.Id, PitchOutcome.Backed), Given.StartUp, "a",
            Given.Now.AddDays(-8), Guid.NewGuid())).Rule.ShouldBe("pitch-is-recorded-after-the-session");
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
