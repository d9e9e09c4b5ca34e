using Refit;

namespace TechTransfer.Client.Incubation;

/// <summary>
/// The Incubation service's REST API. Staff see everything; an incubator's manager only their own incubator and its
/// start-ups (others answer 404); financiers only the investor-visible list. Writes take an optional If-Match (an ETag
/// from a read): a stale one is refused with 412.
/// </summary>
public interface IIncubationApi
{
    [Post("/incubators")]
    Task<Written> RegisterIncubatorAsync([Body] RegisterIncubator command, CancellationToken ct = default);

    [Get("/incubators")]
    Task<IReadOnlyList<Incubator>> ListIncubatorsAsync(CancellationToken ct = default);

    [Get("/incubators/{id}")]
    Task<Incubator> GetIncubatorAsync(Guid id, CancellationToken ct = default);

    [Post("/incubators/{id}/cohorts")]
    Task<WrittenPart> OpenCohortAsync(Guid id, [Body] OpenCohort command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Get("/incubators/{id}/cohorts/{cohortId}/dashboard")]
    Task<CohortDashboard> GetCohortDashboardAsync(Guid id, Guid cohortId, CancellationToken ct = default);

    [Get("/incubators/{id}/cohorts/{cohortId}/survival")]
    Task<Survival> GetCohortSurvivalAsync(Guid id, Guid cohortId, CancellationToken ct = default);

    [Get("/technologies/{id}")]
    Task<KnownTechnology> GetKnownTechnologyAsync(Guid id, CancellationToken ct = default);

    [Post("/start-ups")]
    Task<Written> ProposeStartUpAsync([Body] ProposeStartUp command, CancellationToken ct = default);

    [Get("/start-ups")]
    Task<IReadOnlyList<StartUp>> ListStartUpsAsync(StartUpStatus? status = null, Guid? incubatorId = null, Guid? cohortId = null, CancellationToken ct = default);

    [Get("/start-ups/{id}")]
    Task<StartUp> GetStartUpAsync(Guid id, CancellationToken ct = default);

    [Get("/start-ups/{id}/history")]
    Task<IReadOnlyList<TimelineEntry>> GetStartUpHistoryAsync(Guid id, CancellationToken ct = default);

    [Get("/start-ups/visible-to-investors")]
    Task<IReadOnlyList<InvestorVisibleStartUp>> ListInvestorVisibleStartUpsAsync(CancellationToken ct = default);

    [Post("/start-ups/{id}/founding")]
    Task<Written> FoundStartUpAsync(Guid id, [Body] FoundStartUp command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/start-ups/{id}/admission")]
    Task<Written> AdmitStartUpAsync(Guid id, [Body] AdmitStartUp command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/start-ups/{id}/leaving")]
    Task<Written> LeaveIncubatorAsync(Guid id, [Body] LeaveIncubator command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/start-ups/{id}/milestones")]
    Task<WrittenPart> PlanMilestoneAsync(Guid id, [Body] PlanMilestone command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/start-ups/{id}/milestones/{milestoneId}/achievement")]
    Task<Written> AchieveMilestoneAsync(Guid id, Guid milestoneId, [Body] AchieveMilestone command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/start-ups/{id}/milestones/{milestoneId}/miss")]
    Task<Written> MissMilestoneAsync(Guid id, Guid milestoneId, [Body] MissMilestone command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/start-ups/{id}/jobs")]
    Task<Written> ReportJobsAsync(Guid id, [Body] ReportJobs command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/start-ups/{id}/labels")]
    Task<WrittenPart> AwardLabelAsync(Guid id, [Body] AwardLabel command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/start-ups/{id}/graduation")]
    Task<Written> GraduateAsync(Guid id, [Body] Graduate command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/start-ups/{id}/failure")]
    Task<Written> FailAsync(Guid id, [Body] Fail command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/start-ups/{id}/acquisition")]
    Task<Written> AcquireAsync(Guid id, [Body] Acquire command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Get("/figures/years/{year}")]
    Task<YearCounts> GetYearCountsAsync(int year, CancellationToken ct = default);

    [Get("/figures/survival/founded/{year}")]
    Task<Survival> GetSurvivalByFoundingYearAsync(int year, CancellationToken ct = default);
}
