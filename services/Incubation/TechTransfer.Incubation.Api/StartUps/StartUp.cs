using System.ComponentModel;
using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.Incubation.Api.Funding;
using TechTransfer.Incubation.Api.StartUps.AchieveMilestone;
using TechTransfer.Incubation.Api.StartUps.Acquire;
using TechTransfer.Incubation.Api.StartUps.Admit;
using TechTransfer.Incubation.Api.StartUps.AwardLabel;
using TechTransfer.Incubation.Api.StartUps.Fail;
using TechTransfer.Incubation.Api.StartUps.Found;
using TechTransfer.Incubation.Api.StartUps.Graduate;
using TechTransfer.Incubation.Api.StartUps.Leave;
using TechTransfer.Incubation.Api.StartUps.MissMilestone;
using TechTransfer.Incubation.Api.StartUps.PlanMilestone;
using TechTransfer.Incubation.Api.StartUps.Propose;
using TechTransfer.Incubation.Api.StartUps.ReportJobs;

namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>A start-up folded from its stream: what every decision reads, and its profile (inline snapshot).</summary>
[DisplayName("Start-up")]
public sealed record StartUp
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Founders { get; init; } = [];
    public IReadOnlyList<Guid> TechnologyIds { get; init; } = [];
    public IReadOnlyList<FoundingTechnology> Technologies { get; init; } = [];
    public decimal FacilityEquityShare { get; init; }
    public StartUpStatus Status { get; init; }
    public Guid? ProposedByIncubatorId { get; init; }
    public Guid? ProposerOrganisationId { get; init; }
    public DateTimeOffset ProposedAt { get; init; }
    public string? RegistrationNumber { get; init; }
    public DateOnly? FoundedOn { get; init; }
    public IReadOnlyList<Admission> Admissions { get; init; } = [];

    /// <summary>The incubator it is in now (null when in none) and its cohort; duplicated, indexed columns.</summary>
    public Guid? IncubatorId { get; init; }
    public Guid? CohortId { get; init; }

    /// <summary>The organisation of the incubator it was last admitted to: its managers keep seeing it.</summary>
    public Guid? IncubatorOrganisationId { get; init; }

    public IReadOnlyList<Milestone> Milestones { get; init; } = [];
    public IReadOnlyList<JobsReport> Jobs { get; init; } = [];
    public IReadOnlyList<Label> Labels { get; init; } = [];
    /// <summary>Filled when read (<see cref="WithFunding"/>), never stored with the snapshot.</summary>
    public IReadOnlyList<FundingRound> FundingRounds { get; init; } = [];
    public IReadOnlyList<FundingToDate> Funding { get; init; } = [];
    public DateOnly? OutcomeOn { get; init; }
    public string? OutcomeReason { get; init; }
    public string? Acquirer { get; init; }

    /// <summary>The current head count: the report with the latest date (the last one sent wins a tie).</summary>
    public JobsReport? LatestJobs => JobsAsOf(DateOnly.MaxValue);

    public JobsReport? JobsAsOf(DateOnly day) => Jobs.Where(j => j.AsOf <= day).OrderBy(j => j.AsOf).LastOrDefault();

    public Admission? CurrentAdmission => IncubatorId is not null && Admissions is [.., var latest] ? latest : null;

    /// <summary>Alive = founded and not failed (graduated and acquired ones still operate), as of the end of <paramref name="day"/>.</summary>
    public bool AliveOn(DateOnly day) => FoundedOn is { } founded && founded <= day && !(Status == StartUpStatus.Failed && OutcomeOn <= day);

    public bool ManagedBy(Guid organisation) => ProposerOrganisationId == organisation || IncubatorOrganisationId == organisation;

    public static StartUp? Next(StartUp? state, object @event) => (state, @event) switch
    {
        (_, StartUpProposed e) => new StartUp
        {
            Id = e.StartUpId, Name = e.Name, Founders = e.Founders, TechnologyIds = e.TechnologyIds, FacilityEquityShare = e.FacilityEquityShare,
            Status = StartUpStatus.Proposed, ProposedByIncubatorId = e.ProposedByIncubatorId, ProposerOrganisationId = e.ProposerOrganisationId, ProposedAt = e.At,
        },
        (null, _) => null,
        ({ } s, StartUpFounded e) => s with
        {
            Status = StartUpStatus.Active,
            Technologies = e.Technologies,
            RegistrationNumber = e.RegistrationNumber,
            FoundedOn = e.FoundedOn,
        },
        ({ } s, StartUpAdmitted e) => s with
        {
            Admissions = [.. s.Admissions, new Admission(e.IncubatorId, e.IncubatorName, e.IncubatorOrganisationId, e.CohortId, e.CohortName, e.AdmittedOn)],
            IncubatorId = e.IncubatorId,
            CohortId = e.CohortId,
            IncubatorOrganisationId = e.IncubatorOrganisationId,
        },
        ({ } s, StartUpLeftIncubator e) => s.Leaving(e.LeftOn, e.Reason ?? "left"),
        ({ } s, MilestonePlanned e) => s with { Milestones = [.. s.Milestones, new Milestone(e.MilestoneId, e.Kind, e.Title, e.DueOn)] },
        ({ } s, MilestoneAchieved e) => s.WithMilestone(e.MilestoneId, m => m with { Status = MilestoneStatus.Achieved, AchievedOn = e.AchievedOn, Evidence = e.Evidence }),
        ({ } s, MilestoneMissed e) => s.WithMilestone(e.MilestoneId, m => m with { Status = MilestoneStatus.Missed, MissedOn = e.MissedOn, MissReason = e.Reason }),
        ({ } s, JobsReported e) => s with { Jobs = [.. s.Jobs, new JobsReport(e.AsOf, e.HeadCount, e.ResearchersAndEngineers)] },
        ({ } s, LabelAwarded e) => s with { Labels = [.. s.Labels, new Label(e.LabelId, e.Label, e.AwardedOn, e.ExpiresOn, e.Awarder)] },
        ({ } s, StartUpGraduated e) => s.Leaving(e.GraduatedOn, "graduated") with { Status = StartUpStatus.Graduated, OutcomeOn = e.GraduatedOn, OutcomeReason = e.Reason },
        ({ } s, StartUpFailed e) => s.Leaving(e.FailedOn, "failed") with { Status = StartUpStatus.Failed, OutcomeOn = e.FailedOn, OutcomeReason = e.Reason },
        ({ } s, StartUpAcquired e) => s.Leaving(e.AcquiredOn, "acquired") with
        {
            Status = StartUpStatus.Acquired,
            OutcomeOn = e.AcquiredOn,
            OutcomeReason = e.Reason,
            Acquirer = e.Acquirer,
        },
        ({ } s, _) => s,
    };

    public static StartUp? From(IEnumerable<object> events) => events.Aggregate((StartUp?)null, Next);

    private StartUp Leaving(DateOnly on, string reason) => IncubatorId is null
        ? this
        : this with
        {
            Admissions = [.. Admissions.Take(Admissions.Count - 1), Admissions[^1] with { LeftOn = on, LeftReason = reason }],
            IncubatorId = null,
            CohortId = null,
        };

    private StartUp WithMilestone(Guid id, Func<Milestone, Milestone> change) =>
        this with { Milestones = [.. Milestones.Select(m => m.Id == id ? change(m) : m)] };

    /// <summary>The profile with its funding rounds (kept outside the stream, see RoundClosedConsumer) and their sums per currency.</summary>
    public StartUp WithFunding(IReadOnlyList<FundingRound> rounds) =>
        this with { FundingRounds = rounds, Funding = FundingRules.ToDate(rounds) };
}

public sealed partial class StartUpProjection : SingleStreamProjection<StartUp, Guid>
{
    public override StartUp? Evolve(StartUp? snapshot, Guid id, IEvent e) => StartUp.Next(snapshot, e.Data);
}
