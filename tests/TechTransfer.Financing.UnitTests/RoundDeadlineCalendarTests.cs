using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.Rounds.Close;
using TechTransfer.Financing.Api.Rounds.Commit;
using TechTransfer.Financing.Api.Rounds.FailOnDeadline;
using TechTransfer.Financing.Api.Rounds.Open;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Financing.UnitTests;

/// <summary>
/// Rounds with a deadline on every day of 2024–2028: money can be committed through the deadline day, and a round
/// short of its minimum fails the day after it (UTC), never on the day itself; a deadline must be after the opening day.
/// </summary>
public sealed class RoundDeadlineCalendarTests
{
    private static Round OpenUntil(DateOnly deadline, params object[] events) =>
        Given.Round(Given.Opened() with { Deadline = deadline, At = Days.StartOf(deadline.AddDays(-45)) }, events);

    [Fact]
    public void A_round_short_of_its_minimum_fails_the_day_after_its_deadline()
    {
        Days.Each(deadline =>
        {
            var round = OpenUntil(deadline, Given.Committed(Given.Angel, 100_000m)); // minimum 130 000
            FailOnDeadlineDecision.Decide(round, Days.StartOf(deadline)).ShouldBeEmpty("open on the deadline's first moment");
            FailOnDeadlineDecision.Decide(round, Days.EndOf(deadline)).ShouldBeEmpty("open to the deadline's last moment");
            // 00:30 at UTC+01:00 the next day is still the deadline day in UTC.
            FailOnDeadlineDecision.Decide(round, new DateTimeOffset(deadline.AddDays(1).ToDateTime(new TimeOnly(0, 30)), TimeSpan.FromHours(1))).ShouldBeEmpty();
            var failed = FailOnDeadlineDecision.Decide(round, Days.StartOf(deadline.AddDays(1))).OfType<RoundFailed>().ShouldHaveSingleItem();
            failed.Deadline.ShouldBe(deadline);
            FailOnDeadlineDecision.Decide(Given.Round(Given.Opened() with { Deadline = deadline }, Given.Committed(Given.Angel, 130_000m)),
                Days.StartOf(deadline.AddDays(1))).ShouldBeEmpty("a round that met its minimum waits to be closed");
            FailOnDeadlineDecision.Decide(Given.Round(Given.Opened() with { Deadline = deadline }, Given.Committed(Given.Angel, 100_000m), failed),
                Days.StartOf(deadline.AddDays(2))).ShouldBeEmpty("a failed round fails once");
        });
    }

    [Fact]
    public void Money_can_be_committed_through_the_deadline_day_and_not_after()
    {
        Days.Each(deadline =>
        {
            var round = OpenUntil(deadline);
            var commit = new Commit(10_000m, "EUR", Given.Angel.Id);
            CommitDecision.Decide(round, commit, Given.Angel, "a", Days.EndOf(deadline), Guid.NewGuid()).OfType<CommitmentMade>().ShouldHaveSingleItem();
            Should.Throw<DomainRuleViolationException>(() => CommitDecision.Decide(round, commit, Given.Angel, "a", Days.StartOf(deadline.AddDays(1)), Guid.NewGuid()))
                .Rule.ShouldBe("deadline-has-not-passed");
        });
    }

    [Fact]
    public void A_round_opens_with_a_deadline_after_today()
    {
        Days.Each(deadline =>
        {
            OpenRoundDecision.Decide(Guid.NewGuid(), Given.Open(deadline: deadline), Given.StartUp, "f", Days.EndOf(deadline.AddDays(-1)))
                .OfType<RoundOpened>().ShouldHaveSingleItem().Deadline.ShouldBe(deadline);
            Should.Throw<DomainRuleViolationException>(() => OpenRoundDecision.Decide(Guid.NewGuid(), Given.Open(deadline: deadline), Given.StartUp, "f", Days.StartOf(deadline)))
                .Rule.ShouldBe("deadline-is-in-the-future", "a deadline of today is not after today");
        });
    }

    [Fact]
    public void A_round_closes_on_or_after_the_day_it_opened()
    {
        Days.Each(opened =>
        {
            var round = Given.Round(Given.Opened() with { Deadline = opened.AddDays(30), At = Days.EndOf(opened) }, Given.Committed(Given.Angel, 130_000m));
            CloseRoundDecision.Decide(round, new CloseRound(opened), "f", Days.EndOf(opened)).OfType<RoundClosed>().ShouldHaveSingleItem().ClosedOn.ShouldBe(opened);
            Should.Throw<DomainRuleViolationException>(() => CloseRoundDecision.Decide(round, new CloseRound(opened.AddDays(-1)), "f", Days.EndOf(opened)))
                .Rule.ShouldBe("closing-date-is-not-before-opening");
            Should.Throw<DomainRuleViolationException>(() => CloseRoundDecision.Decide(round, new CloseRound(opened.AddDays(1)), "f", Days.EndOf(opened)))
                .Rule.ShouldBe("closing-date-is-not-in-the-future");
        });
    }
}
