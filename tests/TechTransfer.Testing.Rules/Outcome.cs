using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Testing.Rules;

/// <summary>Then: what a decision that returns its events decided. Each Then runs the decision once.</summary>
public sealed class Outcome
{
    private readonly Func<IReadOnlyList<object>> _decide;

    internal Outcome(Func<IReadOnlyList<object>> decide) => _decide = decide;

    /// <summary>Then exactly <paramref name="expected"/>, in order, equal property by property. Returns the events, to fold on.</summary>
    public IReadOnlyList<object> Then(params object[] expected)
    {
        var events = Decided(_decide);
        ShouldBe(events, expected);
        return events;
    }

    /// <summary>
    /// Then one <typeparamref name="TEvent"/> that passes <paramref name="check"/>: for an event with parts the test
    /// cannot write out (a text the decision composes) or an event too large to repeat where one field is the point.
    /// </summary>
    public TEvent Then<TEvent>(Action<TEvent> check)
    {
        var events = Decided(_decide);
        var single = One<TEvent>(events, 0, 1);
        check(single);
        return single;
    }

    /// <summary>Then a <typeparamref name="TFirst"/> and a <typeparamref name="TSecond"/>, in that order, that pass <paramref name="check"/>.</summary>
    public (TFirst First, TSecond Second) Then<TFirst, TSecond>(Action<TFirst, TSecond> check)
    {
        var events = Decided(_decide);
        var (first, second) = (One<TFirst>(events, 0, 2), One<TSecond>(events, 1, 2));
        check(first, second);
        return (first, second);
    }

    /// <summary>Then events the test checks itself, for a check that needs them all (a property of the whole list).</summary>
    public IReadOnlyList<object> Then(Action<IReadOnlyList<object>> check)
    {
        var events = Decided(_decide);
        check(events);
        return events;
    }

    /// <summary>Then no event: the command changes nothing (already done, not yet due).</summary>
    public void ThenNothing() => Then();

    /// <summary>Then a refusal by <paramref name="rule"/> (of <paramref name="kind"/> when given). Returns it, to check its message.</summary>
    public DomainRuleViolationException ThenRefused(string rule, RuleKind? kind = null) => Refused(() => _decide(), rule, kind);

    /// <summary>Then <typeparamref name="TException"/>, for what is not a rule (an unknown id is not found).</summary>
    public TException ThenThrows<TException>() where TException : Exception => Throws<TException>(() => _decide());

    internal static T Decided<T>(Func<T> decide)
    {
        try { return decide(); }
        catch (DomainRuleViolationException refused)
        {
            throw new ShouldAssertException($"Then: expected events, but the decision was refused by rule '{refused.Rule}' ({refused.Kind}): {refused.Message}", refused);
        }
    }

    internal static void ShouldBe(IReadOnlyList<object> events, IReadOnlyList<object> expected)
    {
        if (events.Count != expected.Count)
            throw new ShouldAssertException($"Then: expected {expected.Count} event(s) [{Names(expected)}], but the decision returned {events.Count} [{Names(events)}]");
        for (var i = 0; i < expected.Count; i++)
            if (Equivalence.Difference(events[i], expected[i]) is { } difference)
                throw new ShouldAssertException($"Then: event {i + 1} of {expected.Count} ({expected[i].GetType().Name}): {difference}");
    }

    internal static DomainRuleViolationException Refused(Func<object> decide, string rule, RuleKind? kind)
    {
        object decided;
        try { decided = decide(); }
        catch (DomainRuleViolationException refused)
        {
            refused.Rule.ShouldBe(rule, $"ThenRefused: refused by another rule ({refused.Message})");
            if (kind is { } expected) refused.Kind.ShouldBe(expected, $"ThenRefused: rule '{rule}' refused as the wrong kind");
            return refused;
        }
        throw new ShouldAssertException($"ThenRefused: expected a refusal by rule '{rule}', but the decision returned {Describe(decided)}");
    }

    internal static TException Throws<TException>(Func<object> decide) where TException : Exception
    {
        object decided;
        try { decided = decide(); }
        catch (TException thrown) { return thrown; }
        catch (Exception other)
        {
            throw new ShouldAssertException($"ThenThrows: expected {typeof(TException).Name}, but the decision threw {other.GetType().Name}: {other.Message}", other);
        }
        throw new ShouldAssertException($"ThenThrows: expected {typeof(TException).Name}, but the decision returned {Describe(decided)}");
    }

    internal static string Names(IEnumerable<object> events) => string.Join(", ", events.Select(e => e.GetType().Name));

    private static string Describe(object decided) => decided switch
    {
        IReadOnlyList<object> events => $"[{Names(events)}]",
        _ => decided.ToString() ?? decided.GetType().Name,
    };

    private static T One<T>(IReadOnlyList<object> events, int index, int count)
    {
        if (events.Count != count)
            throw new ShouldAssertException($"Then: expected {count} event(s), but the decision returned {events.Count} [{Names(events)}]");
        return events[index] is T one
            ? one
            : throw new ShouldAssertException($"Then: expected event {index + 1} to be a {typeof(T).Name}, but it is a {events[index].GetType().Name}");
    }
}

/// <summary>Then: what a decision that returns a <see cref="Decision{TResult}"/> decided, its events and its result.</summary>
public sealed class Outcome<TResult>
{
    private readonly Func<Decision<TResult>> _decide;

    internal Outcome(Func<Decision<TResult>> decide) => _decide = decide;

    /// <summary>
    /// Then <paramref name="result"/> and exactly <paramref name="events"/>, each equal property by property, and no
    /// events for other streams (a decision that writes some is checked with <see cref="Then(Action{Decision{TResult}})"/>).
    /// </summary>
    public Decision<TResult> Then(TResult result, params object[] events)
    {
        var decision = Decided();
        Outcome.ShouldBe(decision.Events, events);
        if (Equivalence.Difference(decision.Result, result) is { } difference) throw new ShouldAssertException($"Then: the result: {difference}");
        decision.Alongside.ShouldBeEmpty("Then: events for other streams");
        return decision;
    }

    /// <summary>Then a decision the test checks itself (events for other streams, a result it cannot write out).</summary>
    public Decision<TResult> Then(Action<Decision<TResult>> check)
    {
        var decision = Decided();
        check(decision);
        return decision;
    }

    /// <summary>Then no event on any stream. Returns the decision, to check its result.</summary>
    public Decision<TResult> ThenNothing()
    {
        var decision = Decided();
        Outcome.ShouldBe(decision.Events, []);
        decision.Alongside.ShouldBeEmpty("ThenNothing: events for other streams");
        return decision;
    }

    /// <inheritdoc cref="Outcome.ThenRefused(string, RuleKind?)"/>
    public DomainRuleViolationException ThenRefused(string rule, RuleKind? kind = null) => Outcome.Refused(() => _decide().Events, rule, kind);

    /// <inheritdoc cref="Outcome.ThenThrows{TException}"/>
    public TException ThenThrows<TException>() where TException : Exception => Outcome.Throws<TException>(() => _decide().Events);

    private Decision<TResult> Decided() => Outcome.Decided(_decide);
}
