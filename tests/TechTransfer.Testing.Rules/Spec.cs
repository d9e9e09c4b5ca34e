using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Testing.Rules;

/// <summary>
/// A decision test in three steps: Given the events that built the state, When the command is decided, Then the
/// events it decides (or the rule that refuses it, or nothing).
/// <code>
/// Spec.Given(Given.Technology, filing)
///     .When(t => GrantPatentDecision.Decide(t, id, grant, "staff-1", Given.Now))
///     .Then(new PatentGranted(id, "EP4000001", Given.Today, "staff-1", Given.Now));
/// </code>
/// </summary>
/// <remarks>
/// Decisions are pure (state, command, time and ids in; events out), so a test passes fixed ids and times and writes
/// the expected events out in full. Then compares them property by property and lists item by item, not with a
/// record's Equals, which compares lists by reference.
/// </remarks>
public static class Spec
{
    /// <summary>
    /// Given the state <paramref name="fold"/> makes of <paramref name="events"/>: the aggregate's own fold
    /// (<c>Technology.From</c>), or a data builder that starts the stream with its usual first events.
    /// </summary>
    public static Spec<TState> Given<TState>(Func<object[], TState?> fold, params object[] events) where TState : class
    {
        // A list passed among the events (Then's result, say) would be folded as one unknown event and skipped.
        if (events.OfType<IEnumerable<object>>().Any())
            throw new ShouldAssertException("Given: a list among the events; spread it: Spec.Given(fold, [first, .. events])");
        return new(fold(events) ?? throw new ShouldAssertException($"Given: [{Outcome.Names(events)}] fold to no {typeof(TState).Name}"));
    }

    /// <summary>
    /// Given a state a data builder made, where the events that build it come from running earlier decisions (a
    /// signed licence) or the state is no aggregate's (a read model the decision is given). No state yet is a typed
    /// null: <c>Spec.Given((FacilityPolicies?)null)</c> (a bare null would also fit the fold overload).
    /// </summary>
    public static Spec<TState> Given<TState>(TState state) => new(state);

    /// <summary>When a decision that starts a stream (nothing before it) decides.</summary>
    public static Outcome When(Func<IReadOnlyList<object>> decide) => new(decide);

    /// <inheritdoc cref="When(Func{IReadOnlyList{object}})"/>
    public static Outcome<TResult> When<TResult>(Func<Decision<TResult>> decide) => new(decide);
}

/// <summary>The state a decision test starts from; <see cref="When(Func{TState, IReadOnlyList{object}})"/> names the decision.</summary>
public sealed class Spec<TState>
{
    private readonly TState _state;

    internal Spec(TState state) => _state = state;

    /// <summary>When <paramref name="decide"/> decides on the state. It runs at Then, so Then can see a refusal.</summary>
    public Outcome When(Func<TState, IReadOnlyList<object>> decide) => new(() => decide(_state));

    /// <inheritdoc cref="When(Func{TState, IReadOnlyList{object}})"/>
    public Outcome<TResult> When<TResult>(Func<TState, Decision<TResult>> decide) => new(() => decide(_state));
}
