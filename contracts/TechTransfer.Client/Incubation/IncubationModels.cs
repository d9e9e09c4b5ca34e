using System.Text.Json;

namespace TechTransfer.Client.Incubation;

// The Incubation service's wire shapes, duplicated on purpose: this is the published API, not the service's code.

public enum IncubatorKind { Incubator, Technopark, BusinessNursery, SciencePark }

public enum StartUpStatus { Proposed, Active, Graduated, Failed, Acquired }

public enum MilestoneKind { PrototypeBuilt, FirstCustomer, ProductLaunched, FirstRevenue, FundingSecured, Other }

public enum MilestoneStatus { Planned, Achieved, Missed }

/// <summary>The answer to a command: the stream written and its new version (also the ETag).</summary>
public sealed record Written(Guid Id, long Version);

/// <summary>The answer to a command that creates something inside a stream (a cohort, a milestone, a label): its id is <see cref="PartId"/>.</summary>
public sealed record WrittenPart(Guid Id, long Version, Guid PartId);

public sealed record RegisterIncubator(string Name, string Region, IncubatorKind Kind, Guid OrganisationId);

public sealed record OpenCohort(string Name, DateOnly StartsOn, DateOnly EndsOn);

public sealed record Cohort(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn);

public sealed record Incubator(Guid Id, long Version, string Name, string Region, IncubatorKind Kind, Guid OrganisationId, IReadOnlyList<Cohort> Cohorts, DateTimeOffset RegisteredAt);

public sealed record KnownTechnology(Guid Id, string Title, string Facility, bool IpOwnershipAgreed, string? AgreementReference, DateTimeOffset? AgreedAt);

/// <summary>Propose a start-up; <see cref="FacilityEquityShare"/> in percent. Staff may name the proposing incubator.</summary>
public sealed record ProposeStartUp(string Name, IReadOnlyList<string> Founders, IReadOnlyList<Guid> TechnologyIds, decimal FacilityEquityShare, Guid? IncubatorId = null);

public sealed record FoundStartUp(string RegistrationNumber, DateOnly? FoundedOn = null);

public sealed record AdmitStartUp(Guid IncubatorId, Guid? CohortId = null, DateOnly? AdmittedOn = null);

public sealed record LeaveIncubator(DateOnly? LeftOn = null, string? Reason = null);

public sealed record PlanMilestone(MilestoneKind Kind, DateOnly DueOn, string? Title = null);

public sealed record AchieveMilestone(string Evidence, DateOnly? AchievedOn = null);

public sealed record MissMilestone(string? Reason = null);

public sealed record ReportJobs(int HeadCount, int ResearchersAndEngineers, DateOnly? AsOf = null);

public sealed record AwardLabel(string Label, DateOnly ExpiresOn, DateOnly? AwardedOn = null, string? Awarder = null);

public sealed record Graduate(DateOnly? GraduatedOn = null, string? Reason = null);

public sealed record Fail(string Reason, DateOnly? FailedOn = null);

public sealed record Acquire(string Acquirer, DateOnly? AcquiredOn = null, string? Reason = null);

public sealed record FoundingTechnology(Guid Id, string Title, string Facility);

public sealed record Milestone(
    Guid Id, MilestoneKind Kind, string Title, DateOnly DueOn, MilestoneStatus Status, DateOnly? AchievedOn, string? Evidence, DateOnly? MissedOn, string? MissReason);

public sealed record Admission(
    Guid IncubatorId, string IncubatorName, Guid IncubatorOrganisationId, Guid? CohortId, string? CohortName, DateOnly AdmittedOn, DateOnly? LeftOn, string? LeftReason);

public sealed record JobsReport(DateOnly AsOf, int HeadCount, int ResearchersAndEngineers);

public sealed record Label(Guid Id, string Name, DateOnly AwardedOn, DateOnly ExpiresOn, string? Awarder);

/// <summary>A round Financing closed for the start-up; <see cref="Id"/> is the round's id.</summary>
public sealed record FundingRound(
    Guid Id, Guid StartUpId, string Kind, string Currency, decimal Amount, decimal? PublicAmount, decimal? PrivateAmount, DateOnly ClosedOn, DateTimeOffset RecordedAt);

/// <summary>Money raised to date in one currency: public, private, and what Financing did not split (older rounds).</summary>
public sealed record FundingToDate(string Currency, int Rounds, decimal Total, decimal Public, decimal Private, decimal Unsplit);

/// <summary>A start-up's profile.</summary>
public sealed record StartUp(
    Guid Id, long Version, string Name, IReadOnlyList<string> Founders, IReadOnlyList<Guid> TechnologyIds, IReadOnlyList<FoundingTechnology> Technologies,
    decimal FacilityEquityShare, StartUpStatus Status, Guid? ProposedByIncubatorId, Guid? ProposerOrganisationId, DateTimeOffset ProposedAt,
    string? RegistrationNumber, DateOnly? FoundedOn, IReadOnlyList<Admission> Admissions, Guid? IncubatorId, Guid? CohortId, Guid? IncubatorOrganisationId,
    IReadOnlyList<Milestone> Milestones, IReadOnlyList<JobsReport> Jobs, IReadOnlyList<Label> Labels, IReadOnlyList<FundingRound> FundingRounds,
    IReadOnlyList<FundingToDate> Funding, DateOnly? OutcomeOn, string? OutcomeReason, string? Acquirer, JobsReport? LatestJobs);

/// <summary>One step of a start-up's history: the event (kebab case), who recorded it, when, and its content.</summary>
public sealed record TimelineEntry(long Version, string Event, string By, DateTimeOffset At, JsonElement Data);

public sealed record InvestorVisibleStartUp(
    Guid Id, string Name, StartUpStatus Status, DateOnly? FoundedOn, IReadOnlyList<FoundingTechnology> Technologies, string? Incubator,
    IReadOnlyList<Label> Labels, IReadOnlyList<FundingToDate> Funding, JobsReport? LatestJobs);

public sealed record LateMilestone(Guid Id, string Title, MilestoneKind Kind, DateOnly DueOn, int DaysLate);

public sealed record CohortMember(
    Guid StartUpId, string Name, StartUpStatus Status, DateOnly AdmittedOn, DateOnly? LeftOn, IReadOnlyList<LateMilestone> LateMilestones,
    IReadOnlyList<FundingToDate> Funding, JobsReport? LatestJobs, IReadOnlyList<string> Labels);

public sealed record CohortDashboard(
    Guid IncubatorId, Guid CohortId, string Cohort, DateOnly StartsOn, DateOnly EndsOn, DateOnly Today, int StartUps, int Alive, int LateMilestones,
    int Jobs, int ResearchersAndEngineers, IReadOnlyList<FundingToDate> Funding, IReadOnlyList<CohortMember> Members);

public sealed record SurvivalYear(int Year, DateOnly AsOf, int Alive, decimal? Rate);

public sealed record Survival(string Group, int Size, IReadOnlyList<SurvivalYear> Years);

public sealed record FacilityCounts(string Facility, int StartUpsCreated, int Alive, int Jobs, int ResearchersAndEngineers);

public sealed record YearCounts(int Year, DateOnly AsOf, IReadOnlyList<FacilityCounts> ByFacility, int StartUpsCreated, int Alive, int Jobs, int ResearchersAndEngineers);
