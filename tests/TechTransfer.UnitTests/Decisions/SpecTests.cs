using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Testing.Rules;

namespace TechTransfer.UnitTests.Decisions;

/// <summary>The Given/When/Then helper every decision test uses passes what it should and fails on anything else.</summary>
public sealed class SpecTests
{
    // A tally that counts up to 10: enough of an aggregate to have state, events with a list, and both kinds of rule.
    public sealed record Opened(Guid Id, string Name, IReadOnlyList<string> Tags);

    public sealed record Counted(int By, DateTimeOffset At);

    /// <summary>The same shape as <see cref="Counted"/>, another event.</summary>
    public sealed record Noted(int By, DateTimeOffset At);

    public sealed record Tally(Guid Id, int Total)
    {
        public static Tally? From(IEnumerable<object> events) => events.Aggregate((Tally?)null, (tally, e) => e switch
        {
            Opened o => new Tally(o.Id, 0),
            Counted c when tally is not null => tally with { Total = tally.Total + c.By },
            _ => tally,
        });
    }

    private static readonly Guid Id = Guid.Parse("0195d000-0000-7000-8000-000000000001");
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static Opened Open => new(Id, "Visitors", ["door", "lobby"]);

    private static IReadOnlyList<object> Count(Tally tally, int by) =>
        by <= 0 ? throw new DomainRuleViolationException("count-is-positive", "A count is positive.")
        : tally.Total + by > 10 ? throw new DomainRuleViolationException("total-stays-within-10", "The total stays within 10.", RuleKind.CurrentState)
        : by == 5 ? [new Counted(2, Now), new Counted(3, Now)]
        : [new Counted(by, Now)];

    private static Outcome Counting(int by, params object[] history) => Spec.Given(Tally.From, [Open, .. history]).When(t => Count(t, by));

    private static string Fails(Action then) => Should.Throw<ShouldAssertException>(then).Message;

    [Fact]
    public void Then_passes_on_equal_events_comparing_lists_item_by_item_where_a_records_equals_would_not()
    {
        new Opened(Id, "Visitors", ["door"]).Equals(new Opened(Id, "Visitors", ["door"])).ShouldBeFalse("a record compares its lists by reference");
        Spec.When(() => [Open]).Then(new Opened(Id, "Visitors", ["door", "lobby"]));
        Counting(4, new Counted(3, Now)).Then(new Counted(4, Now)).ShouldHaveSingleItem();
        Spec.When(() => [new Opened(Id, "Visitors", new List<string> { "door", "lobby" })]).Then(Open); // what a list is made of is no part of the event
    }

    [Fact]
    public void Then_fails_on_a_property_or_a_list_item_that_differs_naming_where()
    {
        Fails(() => Counting(4).Then(new Counted(4, Now.AddTicks(1)))).ShouldContain("Then: event 1 of 1 (Counted): At: expected");
        Fails(() => Spec.When(() => [Open]).Then(new Opened(Id, "Visitors", ["door", "hall"]))).ShouldContain("Tags[1]: expected \"hall\", was \"lobby\"");
        Fails(() => Spec.When(() => [Open]).Then(new Opened(Id, "Visitors", ["door"]))).ShouldContain("Tags: expected 1 item(s) [\"door\"], was 2");
        Fails(() => Spec.When(() => [Open]).Then(new Opened(Id, "visitors", ["door", "lobby"]))).ShouldContain("Name: expected \"visitors\", was \"Visitors\"");
    }

    [Fact]
    public void Then_fails_on_a_missing_an_extra_or_a_reordered_event_or_one_of_another_type()
    {
        Fails(() => Counting(5).Then(new Counted(2, Now))).ShouldContain("expected 1 event(s) [Counted], but the decision returned 2 [Counted, Counted]");
        Fails(() => Counting(4).Then(new Counted(4, Now), new Counted(4, Now))).ShouldContain("returned 1");
        Fails(() => Counting(5).Then(new Counted(3, Now), new Counted(2, Now))).ShouldContain("event 1 of 2");
        Fails(() => Counting(4).Then(new Noted(4, Now))).ShouldContain("expected a Noted, was a Counted");
        Fails(() => Counting(4).ThenNothing()).ShouldContain("expected 0 event(s)");
    }

    [Fact]
    public void Then_fails_on_a_refusal_naming_its_rule()
    {
        var message = Fails(() => Counting(0).Then(new Counted(0, Now)));
        message.ShouldContain("refused by rule 'count-is-positive' (Input)");
        message.ShouldContain("A count is positive.");
        Fails(() => Counting(0).ThenNothing()).ShouldContain("count-is-positive");
    }

    [Fact]
    public void Then_with_a_check_takes_exactly_the_events_of_the_types_named_and_fails_when_the_check_does()
    {
        Counting(4).Then<Counted>(c => c.By.ShouldBe(4)).At.ShouldBe(Now);
        Counting(5).Then<Counted, Counted>((first, second) => (first.By, second.By).ShouldBe((2, 3)));
        Counting(5).Then(events => events.Count.ShouldBe(2)).Count.ShouldBe(2);

        Fails(() => Counting(4).Then<Counted>(c => c.By.ShouldBe(5)));
        Fails(() => Counting(5).Then<Counted>(_ => { })).ShouldContain("expected 1 event(s)");
        Fails(() => Counting(4).Then<Noted>(_ => { })).ShouldContain("to be a Noted, but it is a Counted");
        Fails(() => Counting(4).Then<Counted, Counted>((_, _) => { })).ShouldContain("expected 2 event(s)");
        Fails(() => Counting(5).Then(events => events.Count.ShouldBe(1)));
    }

    [Fact]
    public void ThenRefused_passes_on_the_rule_and_its_kind_and_fails_on_another_rule_another_kind_or_events()
    {
        Counting(0).ThenRefused("count-is-positive", RuleKind.Input).Message.ShouldBe("A count is positive.");
        Counting(1, new Counted(10, Now)).ThenRefused("total-stays-within-10");

        Fails(() => Counting(0).ThenRefused("total-stays-within-10")).ShouldContain("count-is-positive");
        Fails(() => Counting(1, new Counted(10, Now)).ThenRefused("total-stays-within-10", RuleKind.Input)).ShouldContain("wrong kind");
        Fails(() => Counting(4).ThenRefused("count-is-positive")).ShouldContain("but the decision returned [Counted]");
    }

    [Fact]
    public void ThenThrows_passes_on_that_exception_and_fails_on_another_or_on_events()
    {
        Spec.Given(Tally.From, Open).When(IReadOnlyList<object> (_) => throw new NotFoundException("tally", Id)).ThenThrows<NotFoundException>();
        Fails(() => Counting(0).ThenThrows<NotFoundException>()).ShouldContain("threw DomainRuleViolationException");
        Fails(() => Counting(4).ThenThrows<NotFoundException>()).ShouldContain("returned [Counted]");
    }

    [Fact]
    public void Given_folds_the_events_in_order_and_fails_when_they_fold_to_no_state()
    {
        Spec.Given(Tally.From, Open, new Counted(3, Now), new Counted(4, Now)).When(t => Count(t, 4)).ThenRefused("total-stays-within-10");
        Fails(() => Spec.Given(Tally.From, new Counted(1, Now))).ShouldContain("Given: [Counted] fold to no Tally");
        Fails(() => Spec.Given(Tally.From)).ShouldContain("fold to no Tally");
        IReadOnlyList<object> counted = [new Counted(1, Now)];
        Fails(() => Spec.Given(Tally.From, Open, counted)).ShouldContain("spread it");
        Spec.Given(Tally.From, [Open, .. counted]).When(t => Count(t, 9)).Then(new Counted(9, Now));
        Spec.Given(new Tally(Id, 9)).When(t => Count(t, 1)).Then(new Counted(1, Now));
    }

    private static Decision<int> CountAndAnswer(Tally tally, int by) => Decision.Of(Count(tally, by), tally.Total + by);

    [Fact]
    public void A_decision_with_a_result_is_checked_on_its_events_its_result_and_nothing_alongside()
    {
        var tally = Spec.Given(Tally.From, Open);
        tally.When(t => CountAndAnswer(t, 4)).Then(4, new Counted(4, Now)).Result.ShouldBe(4);
        tally.When(t => CountAndAnswer(t, 0)).ThenRefused("count-is-positive", RuleKind.Input);
        Spec.When(() => Decision.Of([], 7)).ThenNothing().Result.ShouldBe(7);

        Fails(() => tally.When(t => CountAndAnswer(t, 4)).Then(5, new Counted(4, Now))).ShouldContain("the result: expected 5, was 4");
        Fails(() => tally.When(t => CountAndAnswer(t, 4)).Then(4, new Counted(3, Now))).ShouldContain("By: expected 3, was 4");
        Fails(() => tally.When(t => CountAndAnswer(t, 4)).ThenNothing());
        var alongside = Decision.Of([new Counted(1, Now)], 1) with { Alongside = [new StreamAppend(Guid.NewGuid(), [new Noted(1, Now)])] };
        Fails(() => Spec.When(() => alongside).Then(1, new Counted(1, Now))).ShouldContain("other streams");
        Spec.When(() => alongside).Then(d => d.Alongside.ShouldHaveSingleItem().Events.ShouldHaveSingleItem().ShouldBeOfType<Noted>());
        Fails(() => Spec.When(() => alongside with { Events = [] }).ThenNothing()).ShouldContain("other streams");
        Fails(() => tally.When(t => CountAndAnswer(t, 4)).ThenRefused("count-is-positive")).ShouldContain("returned [Counted]");
    }
}
