using Refit;

namespace TechTransfer.Client.Disclosures;

/// <summary>
/// The Disclosures service's REST API: technologies and their journey (staff), the public catalogue and the
/// scoreboard (partners too). A refused call throws <see cref="ApiException"/> whose content is the
/// ProblemDetails (<c>rule</c> names the broken rule). Commands on a technology take If-Match
/// (<see cref="ETags.For(long)"/>): a stale version is 412; null writes on whatever is current.
/// </summary>
public interface IDisclosuresApi
{
    /// <summary>Disclose a technology: its journey starts at phase 1 (the answer is at version 2: disclosure and inventor shares).</summary>
    [Post("/technologies")]
    Task<Written> DiscloseTechnologyAsync([Body] DiscloseTechnology command, CancellationToken ct = default);

    /// <summary>The portfolio (staff): summaries by exact title, facility and phase, newest disclosure first, paged.</summary>
    [Get("/technologies")]
    Task<TechnologyPage> ListTechnologiesAsync(string? title = null, string? facility = null, string? phase = null, int? page = null, int? pageSize = null,
        CancellationToken ct = default);

    /// <summary>The full confidential record (audited), with its ETag.</summary>
    [Get("/technologies/{id}")]
    Task<IApiResponse<Technology>> GetTechnologyAsync(Guid id, CancellationToken ct = default);

    /// <summary>The non-confidential facts other services may know (staff, incubator managers): title, facility, field, IP agreement.</summary>
    [Get("/technologies/{id}/facts")]
    Task<TechnologyFacts> GetTechnologyFactsAsync(Guid id, CancellationToken ct = default);

    /// <summary>Who read the confidential record, oldest first.</summary>
    [Get("/technologies/{id}/confidential-reads")]
    Task<IReadOnlyList<ConfidentialRead>> ListConfidentialReadsAsync(Guid id, CancellationToken ct = default);

    [Put("/technologies/{id}/inventors")]
    Task<Written> AmendInventorsAsync(Guid id, [Body] AmendInventors command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/technologies/{id}/assessments")]
    Task<Written> AssessTechnologyAsync(Guid id, [Body] AssessTechnology command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Put("/technologies/{id}/ip-ownership")]
    Task<Written> AgreeIpOwnershipAsync(Guid id, [Body] AgreeIpOwnership command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    /// <summary>Record a patent application; its id is in the technology's <see cref="Technology.PatentApplications"/>.</summary>
    [Post("/technologies/{id}/patent-applications")]
    Task<Written> FilePatentApplicationAsync(Guid id, [Body] FilePatentApplication command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/technologies/{id}/patent-applications/{applicationId}/grant")]
    Task<Written> GrantPatentAsync(Guid id, Guid applicationId, [Body] GrantPatent command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/technologies/{id}/patent-applications/{applicationId}/abandonment")]
    Task<Written> AbandonPatentApplicationAsync(Guid id, Guid applicationId, [Body] AbandonPatentApplication command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    /// <summary>Publish the non-confidential summary to the catalogue (needs the decision to pursue and agreed ownership).</summary>
    [Put("/technologies/{id}/marketing")]
    Task<Written> PublishForMarketingAsync(Guid id, [Body] PublishForMarketing command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/technologies/{id}/phase-advances")]
    Task<Written> AdvancePhaseAsync(Guid id, [Body] AdvancePhase command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/technologies/{id}/transfers")]
    Task<Written> RecordTransferAsync(Guid id, [Body] RecordTransfer command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/technologies/{id}/abandonment")]
    Task<Written> AbandonTechnologyAsync(Guid id, [Body] AbandonTechnology command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Get("/technologies/{id}/journey")]
    Task<Journey> GetJourneyAsync(Guid id, CancellationToken ct = default);

    /// <summary>The public catalogue (partners and staff), newest first, paged.</summary>
    [Get("/catalogue")]
    Task<CataloguePage> SearchCatalogueAsync([Query] CatalogueQuery? query = null, CancellationToken ct = default);

    /// <summary>One marketed technology; an unmarketed or unknown one is a 404.</summary>
    [Get("/catalogue/{id}")]
    Task<CatalogueItem> GetCatalogueEntryAsync(Guid id, CancellationToken ct = default);

    /// <summary>Disclosures not assessed yet, oldest first (at most 500).</summary>
    [Get("/worklists/awaiting-assessment")]
    Task<IReadOnlyList<AwaitingAssessment>> ListAwaitingAssessmentAsync(string? facility = null, CancellationToken ct = default);

    /// <summary>Patent deadlines due within <paramref name="days"/> (90 by default, 0 to 3650).</summary>
    [Get("/worklists/patent-deadlines")]
    Task<IReadOnlyList<PatentDeadline>> ListPatentDeadlinesAsync(int? days = null, CancellationToken ct = default);

    [Get("/worklists/sme-product-evidence")]
    Task<IReadOnlyList<SmeEvidenceToReview>> ListSmeProductEvidenceAsync(CancellationToken ct = default);

    /// <summary>The scoreboard for one year, per facility, with how fresh each source is (any signed-in role).</summary>
    [Get("/scoreboard")]
    Task<Scoreboard> GetScoreboardAsync(int year, string? facility = null, CancellationToken ct = default);

    /// <summary>The same scoreboard as CSV (one row per facility, money in one column per currency).</summary>
    [Get("/scoreboard/csv")]
    Task<string> GetScoreboardCsvAsync(int year, string? facility = null, CancellationToken ct = default);

    /// <summary>The year in the AUTM licensing survey's shape (institution-wide, or one facility).</summary>
    [Get("/scoreboard/autm")]
    Task<AutmSurvey> GetAutmSurveyAsync(int year, string? facility = null, CancellationToken ct = default);
}
