namespace TechTransfer.BuildingBlocks.Domain;

/// <summary>
/// A command broke a rule of the domain. Decide functions throw it; the HTTP layer turns it into
/// ProblemDetails naming the rule (422 by default, 409 when the rule is about the current state),
/// and consumers do not retry it.
/// </summary>
public sealed class DomainRuleViolation(string rule, string message, int status = DomainRuleViolation.Unprocessable)
    : Exception(message)
{
    public const int Unprocessable = 422;
    public const int Conflict = 409;

    /// <summary>A stable, kebab-case name of the rule, e.g. <c>inventor-shares-add-up-to-100</c>.</summary>
    public string Rule { get; } = rule;

    public int Status { get; } = status;
}
