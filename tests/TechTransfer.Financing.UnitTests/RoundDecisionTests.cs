using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Financing.Api.Investors;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.Rounds.Cancel;
using TechTransfer.Financing.Api.Rounds.Close;
using TechTransfer.Financing.Api.Rounds.Commit;
using TechTransfer.Financing.Api.Rounds.DeclareFailed;
using TechTransfer.Financing.Api.Rounds.FailOnDeadline;
using TechTransfer.Financing.Api.Rounds.Open;
using TechTransfer.Financing.Api.Rounds.Withdraw;
using TechTransfer.Financing.Api.StartUps;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Financing.UnitTests;

public sealed class RoundDecisionTests
{
    private static readonly Guid CommitmentId = Guid.Parse("0195b000-0000-7000-8000-0000000000d1");

    private static Func<IReadOnlyList<object>> Opening(OpenRound command, KnownStartUp? startUp) =>
        () => OpenRoundDecision.Decide(Given.RoundId, command, startUp, "fin-1", Given.Now);

    private static Func<Round, IReadOnlyList<object>> Committing(Commit command, Investor? investor, DateTimeOffset? at = null) =>
        r => CommitDecision.Decide(r, command, investor, "a", at ?? Given.Now, CommitmentId);

    private static Func<Round, IReadOnlyList<object>> Closing(CloseRound command) => r => CloseRoundDecision.Decide(r, command, "a", Given.Now);

    [Fact]
    public void A_round_opens_for_a_known_start_up_with_its_terms_in_one_currency() =>
        Spec.When(Opening(Given.Open(cap: 400_000m), Given.StartUp))
            .Then(new RoundOpened(Given.RoundId, Given.StartUp.Id, "Quenchless SAS", Instrument.Equity, Given.Eur(300_000m), Given.Eur(130_000m), Given.Eur(400_000m),
                Given.Eur(1_200_000m), Given.Today.AddDays(60), "fin-1", Given.Now, Given.StartUp.TechnologyIds));

    [Fact]
    public void A_round_opens_only_for_a_start_up_Incubation_reported() =>
        Spec.When(Opening(Given.Open(), null)).ThenRefused("start-up-is-known");

    [Theory]
    [InlineData(100_000, 130_000, null, "minimum-is-at-most-the-target")]
    [InlineData(300_000, 130_000, 200_000.0, "cap-is-at-least-the-target")]
    [InlineData(300_000.001, 130_000, null, "amount-fits-the-currency")]
    public void Round_terms_are_consistent(decimal target, decimal minimum, double? cap, string rule) =>
        Spec.When(Opening(Given.Open(target: target, minimum: minimum, cap: (decimal?)cap), Given.StartUp)).ThenRefused(rule);

    [Fact]
    public void Equity_needs_a_pre_money_valuation_and_other_instruments_take_none()
    {
        Spec.When(Opening(Given.Open(preMoney: null), Given.StartUp)).ThenRefused("equity-needs-a-pre-money-valuation");
        Spec.When(Opening(Given.Open(Instrument.Grant), Given.StartUp)).ThenRefused("pre-money-valuation-is-for-equity");
        Spec.When(Opening(Given.Open(Instrument.Loan, preMoney: null), Given.StartUp))
            .Then<RoundOpened>(opened => (opened.Instrument, opened.PreMoneyValuation).ShouldBe((Instrument.Loan, null)));
    }

    [Fact]
    public void The_deadline_is_after_today() =>
        Spec.When(Opening(Given.Open(deadline: Given.Today), Given.StartUp)).ThenRefused("deadline-is-in-the-future");

    [Fact]
    public void An_investor_commits_in_the_round_currency_and_its_money_source_is_recorded() =>
        Spec.Given(Given.Round)
            .When(r => CommitDecision.Decide(r, new Commit(50_000m, "EUR", Given.Region.Id), Given.Region, "fin-1", Given.Now, CommitmentId))
            .Then(new CommitmentMade(CommitmentId, Given.Region.Id, "Haute-Savoie fund", MoneySource.Public, Given.Eur(50_000m), "fin-1", Given.Now));

    [Fact]
    public void A_commitment_in_another_currency_is_refused() =>
        Spec.Given(Given.Round).When(Committing(new Commit(50_000m, "CHF"), Given.Angel)).ThenRefused("commitment-in-the-round-currency");

    [Fact]
    public void An_unknown_investor_cannot_commit() =>
        Spec.Given(Given.Round).When(Committing(new Commit(50_000m, "EUR"), null)).ThenRefused("investor-is-known");

    [Fact]
    public void Commitments_never_pass_the_cap_but_may_reach_it_exactly()
    {
        var round = Spec.Given(Given.Round, Given.Committed(Given.Angel, 350_000m));
        round.When(Committing(new Commit(50_000.01m, "EUR"), Given.Region)).ThenRefused("commitments-stay-within-the-cap", RuleKind.CurrentState);
        round.When(Committing(new Commit(50_000m, "EUR"), Given.Region))
            .Then(new CommitmentMade(CommitmentId, Given.Region.Id, "Haute-Savoie fund", MoneySource.Public, Given.Eur(50_000m), "a", Given.Now));
    }

    [Fact]
    public void Without_a_cap_there_is_no_upper_limit() =>
        Spec.Given(Round.From, Given.Opened(cap: null), Given.Committed(Given.Angel, 1_000_000m))
            .When(Committing(new Commit(5_000_000m, "EUR"), Given.Region))
            .Then(new CommitmentMade(CommitmentId, Given.Region.Id, "Haute-Savoie fund", MoneySource.Public, Given.Eur(5_000_000m), "a", Given.Now));

    [Fact]
    public void A_withdrawn_commitment_frees_room_under_the_cap()
    {
        var id = Guid.NewGuid();
        var committed = Given.Committed(Given.Angel, 350_000m, id);
        var withdrawn = Spec.Given(Given.Round, committed)
            .When(r => WithdrawCommitmentDecision.Decide(r, id, new WithdrawCommitment("changed strategy"), "a", Given.Now))
            .Then(new CommitmentWithdrawn(id, Given.Angel.Id, "changed strategy", "a", Given.Now));
        Given.Round([committed, .. withdrawn]).Committed.ShouldBe(Given.Eur(0m));
        var after = Spec.Given(Given.Round, [committed, .. withdrawn]);
        after.When(Committing(new Commit(400_000m, "EUR"), Given.Region)).Then<CommitmentMade>(made => made.Amount.ShouldBe(Given.Eur(400_000m)));
        after.When(r => WithdrawCommitmentDecision.Decide(r, id, new WithdrawCommitment(), "a", Given.Now)).ThenRefused("commitment-is-active");
    }

    public static TheoryData<object> Ends() =>
    [
        new RoundClosed(Guid.Empty, "", Instrument.Equity, Given.Eur(0m), Given.Eur(0m), Given.Eur(0m), null, null, Given.Now, Given.Today, "a", Given.Now),
        new RoundFailed(Guid.Empty, Instrument.Equity, Given.Eur(0m), Given.Eur(1m), Given.Today, "check", Given.Now),
        new RoundCancelled(Guid.Empty, "founders left", "a", Given.Now),
    ];

    [Theory]
    [MemberData(nameof(Ends))]
    public void An_ended_round_takes_no_commitment_withdrawal_closing_or_cancellation(object end)
    {
        var id = Guid.NewGuid();
        var round = Spec.Given(Given.Round, Given.Committed(Given.Angel, 150_000m, id), end);
        round.When(Committing(new Commit(1m, "EUR"), Given.Angel)).ThenRefused("round-is-open");
        round.When(r => WithdrawCommitmentDecision.Decide(r, id, new WithdrawCommitment(), "a", Given.Now)).ThenRefused("round-is-open");
        round.When(Closing(new CloseRound())).ThenRefused("round-is-open");
        round.When(r => CancelRoundDecision.Decide(r, new CancelRound("again"), "a", Given.Now)).ThenRefused("round-is-open");
        round.When(r => DeclareRoundFailedDecision.Decide(r, new DeclareRoundFailed("again"), "a", Given.Now)).ThenRefused("round-is-open");
        round.When(r => FailOnDeadlineDecision.Decide(r, Given.Now.AddYears(1))).ThenNothing();
    }

    [Fact]
    public void No_commitment_after_the_deadline() =>
        Spec.Given(Given.Round).When(Committing(new Commit(1m, "EUR"), Given.Angel, Given.Now.AddDays(91))).ThenRefused("deadline-has-not-passed");

    [Fact]
    public void A_round_closes_only_when_the_minimum_is_met() =>
        Spec.Given(Given.Round, Given.Committed(Given.Angel, 129_999.99m)).When(Closing(new CloseRound())).ThenRefused("minimum-is-met", RuleKind.CurrentState);

    [Fact]
    public void Closing_an_equity_round_gives_the_public_private_split_post_money_valuation_and_dilution()
    {
        object[] committed = [Given.Committed(Given.Angel, 219_000m), Given.Committed(Given.Region, 81_000m)];
        Spec.Given(Given.Round, committed)
            .When(Closing(new CloseRound()))
            .Then(new RoundClosed(Given.StartUp.Id, "Quenchless SAS", Instrument.Equity, Given.Eur(300_000m), Given.Eur(81_000m), Given.Eur(219_000m),
                Given.Eur(1_500_000m), 0.2m, Given.Now.AddDays(-30), Given.Today, "a", Given.Now, Given.StartUp.TechnologyIds));
        Given.Round(committed).Leverage.ShouldBe(2.70m); // the seeds' 27 % public / 73 % private
    }

    [Fact]
    public void Closing_a_grant_has_no_valuation()
    {
        object[] grant = [Given.Opened(Instrument.Grant, preMoney: null), Given.Committed(Given.Region, 150_000m)];
        Spec.Given(Round.From, grant)
            .When(Closing(new CloseRound()))
            .Then(new RoundClosed(Given.StartUp.Id, "Quenchless SAS", Instrument.Grant, Given.Eur(150_000m), Given.Eur(150_000m), Given.Eur(0m), null, null,
                Given.Now.AddDays(-30), Given.Today, "a", Given.Now, Given.StartUp.TechnologyIds));
        Round.From(grant)!.Leverage.ShouldBe(0m);
    }

    [Fact]
    public void Closing_dates_are_neither_in_the_future_nor_before_opening()
    {
        var round = Spec.Given(Given.Round, Given.Committed(Given.Angel, 150_000m));
        round.When(Closing(new CloseRound(Given.Today.AddDays(1)))).ThenRefused("closing-date-is-not-in-the-future");
        round.When(Closing(new CloseRound(Given.Today.AddDays(-31)))).ThenRefused("closing-date-is-not-before-opening");
    }

    [Fact]
    public void A_round_is_cancelled_with_a_reason() =>
        Spec.Given(Given.Round)
            .When(r => CancelRoundDecision.Decide(r, new CancelRound("  founders left  "), "a", Given.Now))
            .Then(new RoundCancelled(Given.StartUp.Id, "founders left", "a", Given.Now));

    [Fact]
    public void A_round_below_its_minimum_is_declared_failed_before_its_deadline_with_who_and_why()
    {
        var committed = Given.Committed(Given.Angel, 100_000m);
        var failed = Spec.Given(Given.Round, committed)
            .When(r => DeclareRoundFailedDecision.Decide(r, new DeclareRoundFailed("  the lead investor pulled out  "), "fred.financier", Given.Now))
            .Then(new RoundFailed(Given.StartUp.Id, Instrument.Equity, Given.Eur(100_000m), Given.Eur(130_000m), Given.Today.AddDays(90), "fred.financier", Given.Now,
                "the lead investor pulled out", "Quenchless SAS", Given.StartUp.TechnologyIds));
        var after = Given.Round([committed, .. failed]);
        after.Status.ShouldBe(RoundStatus.Failed);
        after.FailureReason.ShouldBe("the lead investor pulled out");
    }

    [Fact]
    public void A_round_that_met_its_minimum_is_closed_or_cancelled_not_declared_failed()
    {
        Spec.Given(Given.Round, Given.Committed(Given.Angel, 130_000m))
            .When(r => DeclareRoundFailedDecision.Decide(r, new DeclareRoundFailed("cold feet"), "a", Given.Now))
            .ThenRefused("minimum-is-not-met", RuleKind.CurrentState);
        Spec.Given(Given.Round).When(r => DeclareRoundFailedDecision.Decide(r, new DeclareRoundFailed("  "), "a", Given.Now)).ThenRefused("failure-has-a-reason");
    }

    // The check's reason spells the amounts out; these tests hold its figures and that it names the deadline.
    [Fact]
    public void The_deadline_check_fails_an_open_round_only_after_its_deadline_day_and_without_the_minimum()
    {
        var round = Spec.Given(Given.Round, Given.Committed(Given.Angel, 100_000m));
        var deadline = Given.Opened().Deadline.ToDateTime(TimeOnly.MinValue);
        round.When(r => FailOnDeadlineDecision.Decide(r, new DateTimeOffset(deadline.AddHours(23), TimeSpan.Zero))).ThenNothing();
        round.When(r => FailOnDeadlineDecision.Decide(r, new DateTimeOffset(deadline.AddDays(1), TimeSpan.Zero))).Then<RoundFailed>(failed =>
        {
            failed.Committed.ShouldBe(Given.Eur(100_000m));
            failed.Minimum.ShouldBe(Given.Eur(130_000m));
            failed.By.ShouldBe(FailOnDeadlineDecision.DeadlineCheck);
            failed.Reason!.ShouldContain("deadline");
        });

        Spec.Given(Given.Round, Given.Committed(Given.Angel, 130_000m)).When(r => FailOnDeadlineDecision.Decide(r, Given.Now.AddYears(1))).ThenNothing();
    }

    [Fact]
    public void The_deadline_check_is_idempotent()
    {
        var committed = Given.Committed(Given.Angel, 1m);
        var later = Given.Now.AddYears(1);
        var failed = Spec.Given(Given.Round, committed).When(r => FailOnDeadlineDecision.Decide(r, later)).Then<RoundFailed>(f => f.At.ShouldBe(later));
        Spec.Given(Given.Round, committed, failed).When(r => FailOnDeadlineDecision.Decide(r, later)).ThenNothing();
    }
}
