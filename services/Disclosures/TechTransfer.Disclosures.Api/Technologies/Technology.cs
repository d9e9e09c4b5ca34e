using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.AgreeIpOwnership;
using TechTransfer.Disclosures.Api.Technologies.AmendInventors;
using TechTransfer.Disclosures.Api.Technologies.Assess;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>
/// A technology's current state, folded from its stream; the staff record (confidential: staff only) and the
/// state every decision reads. Kept inline as a snapshot by <see cref="TechnologyProjection"/>.
/// </summary>
public sealed record Technology
{
    public Guid Id { get; init; }

    /// <summary>The stream version, set by Marten: the ETag of the technology.</summary>
    public long Version { get; set; }

    public string Title { get; init; } = "";
    public string Facility { get; init; } = "";
    public string Lab { get; init; } = "";
    public string Field { get; init; } = "";
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string ConfidentialDescription { get; init; } = "";
    public IReadOnlyList<Inventor> Inventors { get; init; } = [];
    public DateOnly ConceivedOn { get; init; }
    public IReadOnlyList<EarlierDisclosure> EarlierDisclosures { get; init; } = [];
    public string? FundingProgramme { get; init; }
    public string DisclosedBy { get; init; } = "";
    public DateTimeOffset DisclosedAt { get; init; }
    public DateOnly ReceivedOn { get; init; }

    public Assessment? Assessment { get; init; }
    public IReadOnlyList<TrlChange> TrlHistory { get; init; } = [];
    public IpOwnership? Ownership { get; init; }
    public IReadOnlyList<PatentApplication> PatentApplications { get; init; } = [];
    public MarketingSummary? Marketing { get; init; }
    public Phase Phase { get; init; } = Phase.FacilityRnD;
    public IReadOnlyList<Transfer> Transfers { get; init; } = [];
    public IReadOnlyList<SmeProductEvidenceHeld> HeldSmeEvidence { get; init; } = [];
    public TechnologyAbandoned? Abandonment { get; init; }

    /// <summary>Pure: the state after <paramref name="event"/>. Unknown events leave it unchanged.</summary>
    public static Technology? Next(Technology? state, object @event) => (state, @event) switch
    {
        // The ?? cover disclosures stored before the full disclosure form (title and facility only).
        (_, TechnologyDisclosed e) => new Technology
        {
            Id = e.TechnologyId, Title = e.Title, Facility = e.Facility, Lab = e.Lab ?? "", Field = e.Field ?? "", Keywords = e.Keywords ?? [],
            ConfidentialDescription = e.ConfidentialDescription ?? "", Inventors = e.Inventors ?? [], ConceivedOn = e.ConceivedOn,
            EarlierDisclosures = e.EarlierDisclosures ?? [], FundingProgramme = e.FundingProgramme, DisclosedBy = e.By ?? "", DisclosedAt = e.DisclosedAt,
            ReceivedOn = e.Received,
        },
        (null, _) => null,
        ({ } s, InventorsAmended e) => s with { Inventors = e.Inventors },
        ({ } s, TechnologyAssessed e) => s with
        {
            Assessment = new Assessment(e.Decision, e.Trl, e.Notes, e.By, e.At),
            TrlHistory = s.TrlHistory is [.., var latest] && latest.Trl == e.Trl
                ? s.TrlHistory
                : [.. s.TrlHistory, new TrlChange(e.Trl, e.Notes ?? $"assessed: {e.Decision}", e.By, e.At)],
        },
        ({ } s, IpOwnershipAgreed e) => s with { Ownership = new IpOwnership(e.Owners, e.AgreementReference, e.By, e.At) },
        ({ } s, PatentApplicationFiled e) => s with
        {
            PatentApplications = [.. s.PatentApplications, new PatentApplication(e.ApplicationId, e.Office, e.ApplicationNumber, e.FiledOn, e.PriorityDate, PatentStatus.Filed)],
        },
        ({ } s, PatentGranted e) => s.WithApplication(e.ApplicationId, a => a with { Status = PatentStatus.Granted, PatentNumber = e.PatentNumber, GrantedOn = e.GrantedOn }),
        ({ } s, PatentApplicationAbandoned e) => s.WithApplication(e.ApplicationId, a => a with { Status = PatentStatus.Abandoned, AbandonedOn = e.AbandonedOn }),
        ({ } s, TechnologyPublishedForMarketing e) => s with { Marketing = new MarketingSummary(e.PublicTitle, e.Summary, e.Applications, e.Keywords, e.By, e.At) },
        ({ } s, PhaseAdvanced e) => s with { Phase = e.To, HeldSmeEvidence = e.To == Phase.SmeProduct ? [] : s.HeldSmeEvidence },
        ({ } s, TransferRecorded e) => s with { Transfers = [.. s.Transfers, new Transfer(e.TransferId, e.Form, e.Counterpart, e.Reference, e.On, e.Source)] },
        ({ } s, SmeProductEvidenceHeld e) => s with { HeldSmeEvidence = [.. s.HeldSmeEvidence, e] },
        ({ } s, TechnologyAbandoned e) => s with { Abandonment = e },
        ({ } s, _) => s,
    };

    /// <summary>Folds a whole stream: what Marten does event by event, for tests and tools.</summary>
    public static Technology? From(IEnumerable<object> events) => events.Aggregate((Technology?)null, Next);

    private Technology WithApplication(Guid applicationId, Func<PatentApplication, PatentApplication> change) =>
        this with { PatentApplications = [.. PatentApplications.Select(a => a.ApplicationId == applicationId ? change(a) : a)] };
}
