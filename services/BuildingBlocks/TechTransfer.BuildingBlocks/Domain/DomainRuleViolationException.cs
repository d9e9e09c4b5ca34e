namespace TechTransfer.BuildingBlocks.Domain;

/// <summary>What a broken rule is about: what the command asks for, or the state the command finds.</summary>
public enum RuleKind
{
    /// <summary>The command asks for something the rules never allow (an amount over the cap, shares not adding up).</summary>
    Input,

    /// <summary>The command does not fit the current state (a round already closed, a milestone invoiced once): it may fit another.</summary>
    CurrentState,
}

/// <summary>
/// A command broke a rule of the domain. Decide functions throw it; the HTTP layer answers with ProblemDetails naming
/// the rule, and consumers do not retry it (the message is parked).
/// </summary>
public sealed class DomainRuleViolationException(string rule, string message, RuleKind kind = RuleKind.Input) : Exception(message)
{
    /// <summary>A stable, kebab-case name of the rule, e.g. <c>inventor-shares-add-up-to-100</c>.</summary>
    public string Rule { get; } = rule;

    public RuleKind Kind { get; } = kind;
}
