using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Disclosures.Api.Technologies.AdvancePhase;

/// <summary>Move the technology to its next phase, saying what shows it got there.</summary>
public sealed record AdvancePhase(
    [Required] Phase? To,
    [Required, StringLength(2000, MinimumLength = 3)] string Evidence);

/// <summary>
/// The technology moved on a phase. Advanced by staff, it happened when recorded (<see cref="At"/>); advanced on another
/// service's evidence, <see cref="On"/> is the day the evidence reports (the first sale, the launch), <see cref="ReportedAt"/>
/// when that service recorded it and <see cref="Reference"/> the source's object.
/// </summary>
public sealed record PhaseAdvanced(Phase From, Phase To, string Evidence, string Source, string By, DateTimeOffset At,
    DateOnly? On = null, DateTimeOffset? ReportedAt = null, string? Reference = null)
{
    public DateOnly HappenedOn => On ?? DateOnly.FromDateTime(At.UtcDateTime);
}

public static class AdvancePhaseDecision
{
    public static IReadOnlyList<object> Decide(Technology technology, AdvancePhase command, string by, DateTimeOffset now)
    {
        var to = command.To ?? throw new DomainRuleViolationException("phase-is-named", "Say which phase the technology reached.");
        if (BrokenRule(technology, to) is { } broken) throw broken;
        return [new PhaseAdvanced(technology.Phase, to, command.Evidence.Trim(), Sources.Disclosures, by, now)];
    }

    /// <summary>The rule that stops <paramref name="technology"/> entering <paramref name="to"/>, or null when it may.</summary>
    public static DomainRuleViolationException? BrokenRule(Technology technology, Phase to)
    {
        if (technology.Abandonment is not null)
            return new DomainRuleViolationException("technology-is-active", "The technology was abandoned; its record is closed.", RuleKind.CurrentState);
        if (to <= technology.Phase)
            return new DomainRuleViolationException("phase-only-moves-forward",
                $"The technology is already in phase {(int)technology.Phase} ({technology.Phase}); phases never go back.", RuleKind.CurrentState);
        if ((int)to != (int)technology.Phase + 1)
            return new DomainRuleViolationException("phase-advances-one-step-at-a-time",
                $"From phase {(int)technology.Phase} ({technology.Phase}) the next phase is {(int)technology.Phase + 1}.", RuleKind.CurrentState);
        if (to == Phase.SmeProduct && technology.Transfers.Count == 0)
            return new DomainRuleViolationException("sme-product-needs-a-transfer",
                "The SME-product phase needs at least one recorded transfer.", RuleKind.CurrentState);
        return null;
    }
}
