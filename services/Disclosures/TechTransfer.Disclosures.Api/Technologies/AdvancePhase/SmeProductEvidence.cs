using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies.Journey;

namespace TechTransfer.Disclosures.Api.Technologies.AdvancePhase;

/// <summary>
/// Another service reports that a firm sells a product built on the technology: a licensee's first
/// commercial sales, or a start-up's product launch. <see cref="FromSme"/> is false for a large firm. <see cref="By"/> is who
/// reported it there, <see cref="On"/> the day of the sale or launch, <see cref="ReportedAt"/> when the service recorded it.
/// </summary>
public sealed record SmeProductEvidence(string Evidence, string Source, string Reference, bool FromSme, string? By, DateOnly On, DateTimeOffset ReportedAt);

/// <summary>
/// Evidence for the SME-product phase that the rules did not let through: it waits on a staff worklist. <see cref="By"/>,
/// <see cref="On"/> and <see cref="ReportedAt"/> as the source said (null in evidence held before they were kept).
/// </summary>
public sealed record SmeProductEvidenceHeld(Guid EvidenceId, string Evidence, string Source, string Reference, string Rule, string Why, DateTimeOffset At,
    string? By = null, DateOnly? On = null, DateTimeOffset? ReportedAt = null)
{
    public DateOnly HappenedOn => On ?? DateOnly.FromDateTime(At.UtcDateTime);
}

public static class SmeProductEvidenceDecision
{
    /// <summary>
    /// Advance to phase 3 when the rules allow; when the technology is already there, note the evidence on the
    /// journey; otherwise hold it for staff, naming the rule that stopped it. Never refuses: the sale happened.
    /// </summary>
    public static IReadOnlyList<object> Decide(Technology technology, SmeProductEvidence evidence, DateTimeOffset now, Guid evidenceId)
    {
        var by = Actors.Of(evidence.By, evidence.Source);
        if (technology.Phase == Phase.SmeProduct)
            return [new JourneyStepReported("sme-product-evidence", evidence.Evidence, evidence.Source, evidence.Reference, by, evidence.ReportedAt, evidence.On)];

        var broken = evidence.FromSme
            ? AdvancePhaseDecision.BrokenRule(technology, Phase.SmeProduct)
            : new DomainRuleViolationException("sme-product-needs-an-sme", "The firm that sells the product is not a small or mid-sized firm.");
        return broken is null
            ? [new PhaseAdvanced(technology.Phase, Phase.SmeProduct, evidence.Evidence, evidence.Source, by, now, evidence.On, evidence.ReportedAt, evidence.Reference)]
            : [new SmeProductEvidenceHeld(evidenceId, evidence.Evidence, evidence.Source, evidence.Reference, broken.Rule, broken.Message, now,
                by, evidence.On, evidence.ReportedAt)];
    }
}
