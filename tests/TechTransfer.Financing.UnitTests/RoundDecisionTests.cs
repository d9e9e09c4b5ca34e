using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.Rounds.Cancel;
using TechTransfer.Financing.Api.Rounds.Close;
using TechTransfer.Financing.Api.Rounds.Commit;
using TechTransfer.Financing.Api.Rounds.DeclareFailed;
using TechTransfer.Financing.Api.Rounds.FailOnDeadline;
using TechTransfer.Financing.Api.Rounds.Open;
using TechTransfer.Financing.Api.Rounds.Withdraw;

namespace TechTransfer.Financing.UnitTests;

public sealed class RoundDecisionTests
{
    private static DomainRuleViolationException Refused(Action decide) => Should.Throw<DomainRuleViolationException>(decide);

    [Fact]
    public void A_round_opens_for_a_known_start_up_with_its_terms_in_one_currency()
    {
        var opened = OpenRoundDecision.Decide(Given.RoundId, Given.Open(cap: 400_000m), Given.StartUp, "fin-1", Given.Now).ShouldHaveSingleItem().ShouldBeOfType<RoundOpened>();
        opened.StartUpId.ShouldBe(Given.StartUp.Id);
        opened.Target.ShouldBe(Given.Eur(300_000m));
        opened.Cap.ShouldBe(Given.Eur(400_000m));
        opened.PreMoneyValuation.ShouldBe(Given.Eur(1_200_000m));
        opened.TechnologyIds.ShouldBe(Given.StartUp.TechnologyIds);
    }

    [Fact]
    public void A_round_opens_only_for_a_start_up_Incubation_reported() =>
        Refused(() => OpenRoundDecision.Decide(Given.RoundId, Given.Open(), null, "fin-1", Given.Now)).Rule.ShouldBe("start-up-is-known");

    [Theory]
    [InlineData(100_000, 130_000, null, "minimum-is-at-most-the-target")]
    [InlineData(300_000, 130_000, 200_000.0, "cap-is-at-least-the-target")]
    [InlineData(300_000.001, 130_000, null, "amount-fits-the-currency")]
    public void Round_terms_are_consistent(decimal target, decimal minimum, double? cap, string rule) =>
        Refused(() => OpenRoundDecision.Decide(Given.RoundId, Given.Open(target: target, minimum: minimum, cap: (decimal?)cap), Given.StartUp, "fin-1", Given.Now))
            .Rule.ShouldBe(rule);

    [Fact]
    public void Equity_needs_a_pre_money_valuation_and_other_instruments_take_none()
    {
        Refused(() => OpenRoundDecision.Decide(Given.RoundId, Given.Open(preMoney: null), Given.StartUp, "fin-1", Given.Now)).Rule.ShouldBe("equity-needs-a-pre-money-valuation");
        Refused(() => OpenRoundDecision.Decide(Given.RoundId, Given.Open(Instrument.Grant), Given.StartUp, "fin-1", Given.Now)).Rule.ShouldBe("pre-money-valuation-is-for-equity");
        OpenRoundDecision.Decide(Given.RoundId, Given.Open(Instrument.Loan, preMoney: null), Given.StartUp, "fin-1", Given.Now).ShouldHaveSingleItem();
    }

    [Fact]
    public void The_deadline_is_after_today() =>
        Refused(() => OpenRoundDecision.Decide(Given.RoundId, Given.Open(deadline: Given.Today), Given.StartUp, "fin-1", Given.Now)).Rule.ShouldBe("deadline-is-in-the-future");

    [Fact]
    public void An_investor_commits_in_the_round_currency_and_its_money_source_is_recorded()
    {
        var made = CommitDecision.Decide(Given.Round(), new Commit(50_000m, "EUR", Given.Region.Id), Given.Region, "fin-1", Given.Now, Guid.NewGuid())
            .ShouldHaveSingleItem().ShouldBeOfType<CommitmentMade>();
        made.Amount.ShouldBe(Given.Eur(50_000m));
        made.Source.ShouldBe(TechTransfer.Financing.Api.Investors.MoneySource.Public);
    }

    [Fact]
    public void A_commitment_in_another_currency_is_refused() =>
        Refused(() => CommitDecision.Decide(Given.Round(), new Commit(50_000m, "CHF"), Given.Angel, "a", Given.Now, Guid.NewGuid()))
            .Rule.ShouldBe("commitment-in-the-round-currency");

    [Fact]
    public void An_unknown_investor_cannot_commit() =>
        Refused(() => CommitDecision.Decide(Given.Round(), new Commit(50_000m, "EUR"), null, "a", Given.Now, Guid.NewGuid())).Rule.ShouldBe("investor-is-known");

    [Fact]
    public void Commitments_never_pass_the_cap_but_may_reach_it_exactly()
    {
        var round = Given.Round(Given.Committed(Given.Angel, 350_000m));
        var refused = Refused(() => CommitDecision.Decide(round, new Commit(50_000.01m, "EUR"), Given.Region, "a", Given.Now, Guid.NewGuid()));
        refused.Rule.ShouldBe("commitments-stay-within-the-cap");
        refused.Kind.ShouldBe(RuleKind.CurrentState);
        CommitDecision.Decide(round, new Commit(50_000m, "EUR"), Given.Region, "a", Given.Now, Guid.NewGuid()).ShouldHaveSingleItem();
    }

    [Fact]
    public void Without_a_cap_there_is_no_upper_limit() =>
        CommitDecision.Decide(Given.Round(Given.Opened(cap: null), Given.Committed(Given.Angel, 1_000_000m)), new Commit(5_000_000m, "EUR"), Given.Region, "a", Given.Now, Guid.NewGuid())
            .ShouldHaveSingleItem();

    [Fact]
    public void A_withdrawn_commitment_frees_room_under_the_cap()
    {
        var id = Guid.NewGuid();
        var round = Given.Round(Given.Committed(Given.Angel, 350_000m, id));
        var withdrawn = WithdrawCommitmentDecision.Decide(round, id, new WithdrawCommitment("changed strategy"), "a", Given.Now).ShouldHaveSingleItem();
        var after = Given.Round(Given.Committed(Given.Angel, 350_000m, id), withdrawn);
        after.Committed.ShouldBe(Given.Eur(0m));
        CommitDecision.Decide(after, new Commit(400_000m, "EUR"), Given.Region, "a", Given.Now, Guid.NewGuid()).ShouldHaveSingleItem();
        Refused(() => WithdrawCommitmentDecision.Decide(after, id, new WithdrawCommitment(), "a", Given.Now)).Rule.ShouldBe("commitment-is-active");
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
        var round = Given.Round(Given.Committed(Given.Angel, 150_000m, id), end);
        Refused(() => CommitDecision.Decide(round, new Commit(1m, "EUR"), Given.Angel, "a", Given.Now, Guid.NewGuid())).Rule.ShouldBe("round-is-open");
        Refused(() => WithdrawCommitmentDecision.Decide(round, id, new WithdrawCommitment(), "a", Given.Now)).Rule.ShouldBe("round-is-open");
        Refused(() => CloseRoundDecision.Decide(round, new CloseRound(), "a", Given.Now)).Rule.ShouldBe("round-is-open");
        Refused(() => CancelRoundDecision.Decide(round, new CancelRound("again"), "a", Given.Now)).Rule.ShouldBe("round-is-open");
        Refused(() => DeclareRoundFailedDecision.Decide(round, new DeclareRoundFailed("again"), "a", Given.Now)).Rule.ShouldBe("round-is-open");
        FailOnDeadlineDecision.Decide(round, Given.Now.AddYears(1)).ShouldBeEmpty();
    }

    [Fact]
    public void No_commitment_after_the_deadline() =>
        Refused(() => CommitDecision.Decide(Given.Round(), new Commit(1m, "EUR"), Given.Angel, "a", Given.Now.AddDays(91), Guid.NewGuid())).Rule.ShouldBe("deadline-has-not-passed");

    [Fact]
    public void A_round_closes_only_when_the_minimum_is_met()
    {
        var refused = Refused(() => CloseRoundDecision.Decide(Given.Round(Given.Committed(Given.Angel, 129_999.99m)), new CloseRound(), "a", Given.Now));
        refused.Rule.ShouldBe("minimum-is-met");
        refused.Kind.ShouldBe(RuleKind.CurrentState);
    }

    [Fact]
    public void Closing_an_equity_round_gives_the_public_private_split_post_money_valuation_and_dilution()
    {
        var round = Given.Round(Given.Committed(Given.Angel, 219_000m), Given.Committed(Given.Region, 81_000m));
        var closed = CloseRoundDecision.Decide(round, new CloseRound(), "a", Given.Now).ShouldHaveSingleItem().ShouldBeOfType<RoundClosed>();
        closed.Raised.ShouldBe(Given.Eur(300_000m));
        closed.PublicMoney.ShouldBe(Given.Eur(81_000m));
        closed.PrivateMoney.ShouldBe(Given.Eur(219_000m));
        closed.PostMoneyValuation.ShouldBe(Given.Eur(1_500_000m));
        closed.Dilution.ShouldBe(0.2m);
        closed.ClosedOn.ShouldBe(Given.Today);
        round.Leverage.ShouldBe(2.70m); // the seeds' 27 % public / 73 % private
    }

    [Fact]
    public void Closing_a_grant_has_no_valuation()
    {
        var round = Given.Round(Given.Opened(Instrument.Grant, preMoney: null), Given.Committed(Given.Region, 150_000m));
        var closed = CloseRoundDecision.Decide(round, new CloseRound(), "a", Given.Now).ShouldHaveSingleItem().ShouldBeOfType<RoundClosed>();
        closed.PostMoneyValuation.ShouldBeNull();
        closed.Dilution.ShouldBeNull();
        Given.Round(Given.Opened(Instrument.Grant, preMoney: null), Given.Committed(Given.Region, 150_000m)).Leverage.ShouldBe(0m);
    }

    [Fact]
    public void Closing_dates_are_neither_in_the_future_nor_before_opening()
    {
        var round = Given.Round(Given.Committed(Given.Angel, 150_000m));
        Refused(() => CloseRoundDecision.Decide(round, new CloseRound(Given.Today.AddDays(1)), "a", Given.Now)).Rule.ShouldBe("closing-date-is-not-in-the-future");
        Refused(() => CloseRoundDecision.Decide(round, new CloseRound(Given.Today.AddDays(-31)), "a", Given.Now)).Rule.ShouldBe("closing-date-is-not-before-opening");
    }

    [Fact]
    public void A_round_is_cancelled_with_a_reason() =>
        CancelRoundDecision.Decide(Given.Round(), new CancelRound("  founders left  "), "a", Given.Now).ShouldHaveSingleItem().ShouldBeOfType<RoundCancelled>()
            .Reason.ShouldBe("founders left");

    [Fact]
    public void A_round_below_its_minimum_is_declared_failed_before_its_deadline_with_who_and_why()
    {
        var round = Given.Round(Given.Committed(Given.Angel, 100_000m));
        var failed = DeclareRoundFailedDecision.Decide(round, new DeclareRoundFailed("  the lead investor pulled out  "), "fred.financier", Given.Now)
            .ShouldHaveSingleItem().ShouldBeOfType<RoundFailed>();
        failed.Reason.ShouldBe("the lead investor pulled out");
        failed.By.ShouldBe("fred.financier");
        failed.Committed.ShouldBe(Given.Eur(100_000m));
        failed.Minimum.ShouldBe(Given.Eur(130_000m));
        var after = Given.Round(Given.Committed(Given.Angel, 100_000m), failed);
        after.Status.ShouldBe(RoundStatus.Failed);
        after.FailureReason.ShouldBe("the lead investor pulled out");
    }

    [Fact]
    public void A_round_that_met_its_minimum_is_closed_or_cancelled_not_declared_failed()
    {
        var refused = Refused(() => DeclareRoundFailedDecision.Decide(Given.Round(Given.Committed(Given.Angel, 130_000m)), new DeclareRoundFailed("cold feet"), "a", Given.Now));
        refused.Rule.ShouldBe("minimum-is-not-met");
        refused.Kind.ShouldBe(RuleKind.CurrentState);
        Refused(() => DeclareRoundFailedDecision.Decide(Given.Round(), new DeclareRoundFailed("  "), "a", Given.Now)).Rule.ShouldBe("failure-has-a-reason");
    }

    [Fact]
    public void The_deadline_check_fails_an_open_round_only_after_its_deadline_day_and_without_the_minimum()
    {
        var round = Given.Round(Given.Committed(Given.Angel, 100_000m));
        var deadline = round.Deadline.ToDateTime(TimeOnly.MinValue);
        FailOnDeadlineDecision.Decide(round, new DateTimeOffset(deadline.AddHours(23), TimeSpan.Zero)).ShouldBeEmpty();
        var failed = FailOnDeadlineDecision.Decide(round, new DateTimeOffset(deadline.AddDays(1), TimeSpan.Zero)).ShouldHaveSingleItem().ShouldBeOfType<RoundFailed>();
        failed.Committed.ShouldBe(Given.Eur(100_000m));
        failed.Minimum.ShouldBe(Given.Eur(130_000m));
        failed.By.ShouldBe(FailOnDeadlineDecision.DeadlineCheck);
        failed.Reason!.ShouldContain("deadline");

        var metMinimum = Given.Round(Given.Committed(Given.Angel, 130_000m));
        FailOnDeadlineDecision.Decide(metMinimum, Given.Now.AddYears(1)).ShouldBeEmpty();
    }

    [Fact]
    public void The_deadline_check_is_idempotent()
    {
        var round = Given.Round(Given.Committed(Given.Angel, 1m));
        var later = Given.Now.AddYears(1);
        var failed = FailOnDeadlineDecision.Decide(round, later);
        FailOnDeadlineDecision.Decide(Given.Round(Given.Committed(Given.Angel, 1m), failed[0]), later).ShouldBeEmpty();
    }
}
