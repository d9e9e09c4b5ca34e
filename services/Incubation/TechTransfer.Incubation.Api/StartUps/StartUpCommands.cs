using System.ComponentModel.DataAnnotations;

namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>
/// Propose a start-up (request body). An incubator's manager proposes for their own incubator; staff may name
/// the incubator that proposes it (or none: the transfer office's own spin-off).
/// </summary>
public sealed record ProposeStartUp(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required, MinLength(1), MaxLength(20)] IReadOnlyList<string> Founders,
    [Required, MinLength(1), MaxLength(20)] IReadOnlyList<Guid> TechnologyIds,
    [Required, Range(typeof(decimal), "0", "100")] decimal? FacilityEquityShare,
    Guid? IncubatorId = null);

/// <summary>Found the proposed start-up: its legal registration number and date (today when omitted).</summary>
public sealed record FoundStartUp([Required, StringLength(100, MinimumLength = 2)] string RegistrationNumber, DateOnly? FoundedOn = null);

public sealed record AdmitStartUp([Required] Guid? IncubatorId, Guid? CohortId = null, DateOnly? AdmittedOn = null);

public sealed record LeaveIncubator(DateOnly? LeftOn = null, [StringLength(1000)] string? Reason = null);

/// <summary>Plan a milestone. A free one (<see cref="MilestoneKind.Other"/>) needs a title; a product launch's title names the product.</summary>
public sealed record PlanMilestone([Required] MilestoneKind? Kind, [Required] DateOnly? DueOn, [StringLength(200)] string? Title = null);

public sealed record AchieveMilestone([Required, StringLength(2000, MinimumLength = 3)] string Evidence, DateOnly? AchievedOn = null);

public sealed record MissMilestone([StringLength(1000)] string? Reason = null);

public sealed record ReportJobs(
    [Required, Range(0, 1_000_000)] int? HeadCount,
    [Required, Range(0, 1_000_000)] int? ResearchersAndEngineers,
    DateOnly? AsOf = null);

public sealed record AwardLabel(
    [Required, StringLength(200, MinimumLength = 2)] string Label,
    [Required] DateOnly? ExpiresOn,
    DateOnly? AwardedOn = null,
    [StringLength(200)] string? Awarder = null);

public sealed record Graduate(DateOnly? GraduatedOn = null, [StringLength(1000)] string? Reason = null);

public sealed record Fail([Required, StringLength(1000, MinimumLength = 3)] string Reason, DateOnly? FailedOn = null);

public sealed record Acquire([Required, StringLength(200, MinimumLength = 2)] string Acquirer, DateOnly? AcquiredOn = null, [StringLength(1000)] string? Reason = null);
