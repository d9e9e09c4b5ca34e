using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Disclosures.Api.Technologies.Assess;

/// <summary>The office's assessment: what to do with the disclosure and how mature it is (TRL 1–9).</summary>
public sealed record AssessTechnology(
    [Required] AssessmentDecision? Decision,
    [Range(1, 9)] int Trl,
    [StringLength(5000)] string? Notes = null);

public sealed record TechnologyAssessed(AssessmentDecision Decision, int Trl, string? Notes, string By, DateTimeOffset At);

public static class AssessTechnologyDecision
{
    public static IReadOnlyList<object> Decide(Technology technology, AssessTechnology command, string by, DateTimeOffset now)
    {
        Rules.MustBeActive(technology);
        if (command.Trl is < 1 or > 9)
            throw new DomainRuleViolationException("trl-is-1-to-9", $"A technology readiness level runs from 1 to 9, not {command.Trl}.");
        var decision = command.Decision ?? throw new DomainRuleViolationException("assessment-has-a-decision", "Say whether to pursue, hold, release to inventors or decline.");
        return [new TechnologyAssessed(decision, command.Trl, command.Notes?.Trim(), by, now)];
    }
}
