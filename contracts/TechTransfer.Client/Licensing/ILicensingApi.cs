using Refit;

namespace TechTransfer.Client.Licensing;

/// <summary>
/// The Licensing service's REST API. Partner systems (a licensee's, with an API key bound to its organisation) may
/// call the operations marked "partner": they see and report on their own licences and statements only.
/// </summary>
public interface ILicensingApi
{
    // Licensees (staff; partner: its own)
    [Post("/licensees")]
    Task<Written> RegisterLicenseeAsync([Body] RegisterLicenseeRequest request, CancellationToken ct = default);

    [Get("/licensees/{id}")]
    Task<LicenseeDto> GetLicenseeAsync(Guid id, CancellationToken ct = default);

    [Get("/licensees")]
    Task<IReadOnlyList<LicenseeDto>> ListLicenseesAsync(CancellationToken ct = default);

    [Put("/licensees/{id}/contacts")]
    Task<Written> ReplaceLicenseeContactsAsync(Guid id, [Body] ReplaceContactsRequest request, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    // Expressions of interest (partner, staff)
    [Post("/interests")]
    Task<Written> RegisterInterestAsync([Body] RegisterInterestRequest request, CancellationToken ct = default);

    [Get("/interests/{id}")]
    Task<InterestDto> GetInterestAsync(Guid id, CancellationToken ct = default);

    [Get("/interests")]
    Task<IReadOnlyList<InterestDto>> ListInterestsAsync(string? stage = null, Guid? technologyId = null, CancellationToken ct = default);

    [Post("/interests/{id}/stage")]
    Task<Written> MoveInterestAsync(Guid id, [Body] MoveInterestRequest request, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    // Licences (staff; partner: get, list and report on its own)
    [Post("/licences")]
    Task<Written> DraftLicenceAsync([Body] LicenceTermsRequest request, CancellationToken ct = default);

    [Get("/licences/{id}")]
    Task<LicenceDto> GetLicenceAsync(Guid id, CancellationToken ct = default);

    [Get("/licences")]
    Task<IReadOnlyList<LicenceDto>> ListLicencesAsync(string? status = null, Guid? technologyId = null, Guid? licenseeId = null, CancellationToken ct = default);

    [Put("/licences/{id}/terms")]
    Task<Written> AmendLicenceAsync(Guid id, [Body] LicenceTermsRequest request, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/licences/{id}/signature")]
    Task<Written> SignLicenceAsync(Guid id, [Body] SignLicenceRequest request, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/licences/{id}/termination")]
    Task<Written> TerminateLicenceAsync(Guid id, [Body] TerminateLicenceRequest request, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/licences/{id}/milestones")]
    Task<MilestoneAccepted> RecordMilestoneAsync(Guid id, [Body] RecordMilestoneRequest request, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Get("/licences/{id}/reporting-periods")]
    Task<IReadOnlyList<ScheduledPeriodDto>> ReportingPeriodsAsync(Guid id, CancellationToken ct = default);

    [Post("/licences/{id}/royalty-reports")]
    Task<ReportAccepted> SubmitRoyaltyReportAsync(Guid id, [Body] SubmitRoyaltyReportRequest request, [Header("If-Match")] string? ifMatch = null,
        CancellationToken ct = default);

    [Post("/licences/{id}/payments")]
    Task<PaymentAccepted> RecordPaymentAsync(Guid id, [Body] RecordPaymentRequest request, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    // Statements (staff; partner: its own)
    [Get("/statements")]
    Task<IReadOnlyList<StatementViewDto>> ListStatementsAsync(Guid? licenceId = null, bool? unpaid = null, CancellationToken ct = default);

    // Staff worklists, revenue sharing, known technologies
    [Get("/worklists/overdue-reports")]
    Task<IReadOnlyList<OverdueReportDto>> OverdueReportsAsync(CancellationToken ct = default);

    [Get("/worklists/unpaid-statements")]
    Task<IReadOnlyList<UnpaidStatementDto>> UnpaidStatementsAsync(CancellationToken ct = default);

    [Get("/revenue-shares/inventors/{inventorId}/years/{year}")]
    Task<InventorIncomeYearDto> InventorIncomeAsync(Guid inventorId, int year, CancellationToken ct = default);

    // Revenue sharing (staff): each payment explained, what owners are owed and paid, policies, patent costs
    [Get("/revenue-shares/payments/{paymentId}")]
    Task<PaymentShareDto> GetPaymentShareAsync(Guid paymentId, CancellationToken ct = default);

    [Get("/revenue-shares/owners")]
    Task<IReadOnlyList<OwnerSummaryDto>> ListOwnersAsync(CancellationToken ct = default);

    [Get("/revenue-shares/owners/{owner}/years/{year}")]
    Task<IApiResponse<OwnerYearDto>> OwnerIncomeAsync(string owner, int year, CancellationToken ct = default);

    [Post("/revenue-shares/owners/{owner}/payouts")]
    Task<PayoutAccepted> RecordPayoutAsync(string owner, [Body] RecordPayoutRequest request, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Get("/revenue-shares/policies")]
    Task<IReadOnlyList<FacilityPoliciesDto>> ListPoliciesAsync(CancellationToken ct = default);

    [Get("/revenue-shares/policies/{facility}")]
    Task<IApiResponse<FacilityPoliciesDto>> GetPoliciesAsync(string facility, CancellationToken ct = default);

    [Get("/revenue-shares/policies/{facility}/in-force")]
    Task<PolicyDto> GetPolicyInForceAsync(string facility, DateOnly? on = null, CancellationToken ct = default);

    [Post("/revenue-shares/policies/{facility}")]
    Task<PolicyAdopted> AdoptPolicyAsync(string facility, [Body] AdoptPolicyRequest request, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Get("/patent-costs/technologies/{technologyId}")]
    Task<IApiResponse<PatentCostLedgerDto>> GetPatentCostsAsync(Guid technologyId, CancellationToken ct = default);

    [Post("/patent-costs/technologies/{technologyId}")]
    Task<PatentCostAccepted> RecordPatentCostAsync(Guid technologyId, [Body] RecordPatentCostRequest request, [Header("If-Match")] string? ifMatch = null,
        CancellationToken ct = default);

    [Get("/known-technologies/{id}")]
    Task<KnownTechnologyDto> GetKnownTechnologyAsync(Guid id, CancellationToken ct = default);

    // Figures (staff, partner)
    [Get("/figures/years/{year}")]
    Task<YearFiguresDto> YearFiguresAsync(int year, string? facility = null, CancellationToken ct = default);
}
