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
        if (StepOf(e.Data) is not { } step) return snapshot;
        return journey with
        {
            Phase = e.Data is PhaseAdvanced p ? p.To : journey.Phase,
            Steps = [.. journey.Steps, new JourneyStep(e.Version, step.Name, step.Summary, step.By, step.RecordedAt, step.Source, step.HappenedOn, step.Reference)],
        };
    }

    private sealed record Step(string Name, string Summary, string By, DateOnly HappenedOn, DateTimeOffset RecordedAt, string Source, string? Reference = null);

    /// <summary>Disclosures' own step: it happened when staff recorded it.</summary>
    private static Step Own(string name, string summary, string by, DateTimeOffset at) => new(name, summary, by, Day(at), at, Sources.Disclosures);

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    /// <summary>
    /// Summaries name no inventor and quote no description: the timeline is shown to staff, but may be shared. Each step
    /// carries the business date its fact reports and the time its source recorded it.
    /// </summary>
    private static Step? StepOf(object data) => data switch
    {
        TechnologyDisclosed e => new("disclosed", $"Disclosed at {e.Facility} ({e.Lab}) with {e.Inventors?.Count ?? 0} inventor(s)"
            + (e.Received == Day(e.DisclosedAt) ? "" : $", form received on {e.Received:yyyy-MM-dd}"), e.By, e.Received, e.DisclosedAt, Sources.Disclosures),
        InventorsAmended e => Own("inventors-amended", $"Inventors amended: {e.Inventors.Count} inventor(s)", e.By, e.At),
        TechnologyAssessed e => Own("assessed", $"Assessed: {e.Decision}, TRL {e.Trl}", e.By, e.At),
        IpOwnershipAgreed e => Own("ip-ownership-agreed", $"IP ownership agreed ({e.AgreementReference}): " +
            string.Join(", ", e.Owners.Select(o => $"{o.Name} {o.Share} %")), e.By, e.At),
        PatentApplicationFiled e => new("patent-application-filed", $"Patent application {e.Office} {e.ApplicationNumber} filed on {e.FiledOn:yyyy-MM-dd}",
            e.By, e.FiledOn, e.At, Sources.Disclosures, $"patent application {e.ApplicationId}"),
        PatentGranted e => new("patent-granted", $"Patent {e.PatentNumber} granted on {e.GrantedOn:yyyy-MM-dd}", e.By, e.GrantedOn, e.At, Sources.Disclosures,
            $"patent application {e.ApplicationId}"),
        PatentApplicationAbandoned e => new("patent-application-abandoned", $"Patent application abandoned on {e.AbandonedOn:yyyy-MM-dd}", e.By, e.AbandonedOn,
            e.At, Sources.Disclosures, $"patent application {e.ApplicationId}"),
        TechnologyPublishedForMarketing e => Own("published-for-marketing", $"Published for marketing as \"{e.PublicTitle}\"", e.By, e.At),
        PhaseAdvanced e => new("phase-advanced", $"Phase {(int)e.From} ({e.From}) → {(int)e.To} ({e.To}): {e.Evidence}", e.By, e.HappenedOn,
            e.ReportedAt ?? e.At, e.Source, e.Reference),
        TransferRecorded e => new("transfer-recorded", $"Transfer ({e.Form.WireName()}) to {e.Counterpart}, {e.Reference}, on {e.On:yyyy-MM-dd}", e.By, e.On,
            e.ReportedAt ?? e.At, e.Source, e.Reference),
        SmeProductEvidenceHeld e => new("sme-product-evidence-held", $"Evidence for the SME-product phase held for staff ({e.Rule}): {e.Evidence}",
            Actors.Of(e.By, e.Source), e.HappenedOn, e.ReportedAt ?? e.At, e.Source, e.Reference),
        JourneyStepReported e => new(e.Step, e.Detail, e.By, e.HappenedOn, e.At, e.Source, e.Reference),
        TechnologyAbandoned e => Own("abandoned", $"Abandoned: {e.Reason}", e.By, e.At),
        _ => null,
    };
}
