using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.AgreeIpOwnership;
using TechTransfer.Disclosures.Api.Technologies.AmendInventors;
using TechTransfer.Disclosures.Api.Technologies.Assess;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

namespace TechTransfer.Disclosures.Api.Technologies.Journey;

/// <summary>The journey timeline, inline: one step per event of the stream (the shares event goes with its command's step).</summary>
public sealed partial class JourneyProjection : SingleStreamProjection<Journey, Guid>
{
    public override Journey? Evolve(Journey? snapshot, Guid id, IEvent e)
    {
        var journey = snapshot ?? new Journey { Id = id };
        var step = StepOf(e.Data);
        if (step is null) return snapshot;
        var (name, summary, by, at, source) = step.Value;
        return journey with
        {
            Phase = e.Data is PhaseAdvanced p ? p.To : journey.Phase,
            Steps = [.. journey.Steps, new JourneyStep(e.Version, name, summary, by, at, source)],
        };
    }

    /// <summary>Summaries name no inventor and quote no description: the timeline is shown to staff, but may be shared.</summary>
    private static (string Step, string Summary, string By, DateTimeOffset At, string Source)? StepOf(object data) => data switch
    {
        TechnologyDisclosed e => ("disclosed", $"Disclosed at {e.Facility} ({e.Lab}) with {e.Inventors?.Count ?? 0} inventor(s)"
            + (e.Received == DateOnly.FromDateTime(e.DisclosedAt.UtcDateTime) ? "" : $", form received on {e.Received:yyyy-MM-dd}"), e.By, e.DisclosedAt, Sources.Disclosures),
        InventorsAmended e => ("inventors-amended", $"Inventors amended: {e.Inventors.Count} inventor(s)", e.By, e.At, Sources.Disclosures),
        TechnologyAssessed e => ("assessed", $"Assessed: {e.Decision}, TRL {e.Trl}", e.By, e.At, Sources.Disclosures),
        IpOwnershipAgreed e => ("ip-ownership-agreed", $"IP ownership agreed ({e.AgreementReference}): " +
            string.Join(", ", e.Owners.Select(o => $"{o.Name} {o.Share} %")), e.By, e.At, Sources.Disclosures),
        PatentApplicationFiled e => ("patent-application-filed", $"Patent application {e.Office} {e.ApplicationNumber} filed on {e.FiledOn:yyyy-MM-dd}", e.By, e.At, Sources.Disclosures),
        PatentGranted e => ("patent-granted", $"Patent {e.PatentNumber} granted on {e.GrantedOn:yyyy-MM-dd}", e.By, e.At, Sources.Disclosures),
        PatentApplicationAbandoned e => ("patent-application-abandoned", $"Patent application abandoned on {e.AbandonedOn:yyyy-MM-dd}", e.By, e.At, Sources.Disclosures),
        TechnologyPublishedForMarketing e => ("published-for-marketing", $"Published for marketing as \"{e.PublicTitle}\"", e.By, e.At, Sources.Disclosures),
        PhaseAdvanced e => ("phase-advanced", $"Phase {(int)e.From} ({e.From}) → {(int)e.To} ({e.To}): {e.Evidence}", e.By, e.At, e.Source),
        TransferRecorded e => ("transfer-recorded", $"Transfer ({e.Form.WireName()}) to {e.Counterpart}, {e.Reference}, on {e.On:yyyy-MM-dd}", e.By, e.At, e.Source),
        SmeProductEvidenceHeld e => ("sme-product-evidence-held", $"Evidence for the SME-product phase held for staff ({e.Rule}): {e.Evidence}", $"{e.Source} service", e.At, e.Source),
        JourneyStepReported e => (e.Step, e.Detail, e.By, e.At, e.Source),
        TechnologyAbandoned e => ("abandoned", $"Abandoned: {e.Reason}", e.By, e.At, Sources.Disclosures),
        _ => null,
    };
}
