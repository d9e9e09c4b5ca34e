namespace TechTransfer.Client.Licensing;

// The Licensing service's wire shapes, duplicated on purpose (the SDK does not reference the service).
// Enums travel by name: LicenceKind Exclusive|NonExclusive|Option; ReportingFrequency Quarterly|SemiAnnual|Annual;
// SizeClass Micro|Small|Medium|MidSized|Large; LicenceStatus Draft|Signed|Terminated|Expired;
// InterestStage New|Contacted|Negotiating|Won|Lost; StatementKind UpfrontFee|Milestone|Royalties.

public sealed record Money(decimal Amount, string Currency);

public sealed record Written(Guid Id, long Version);

public sealed record ContactDto(string Name, string Email, string? Role = null, string? Phone = null);

public sealed record RegisterLicenseeRequest(string Name, string Country, string SizeClass, IReadOnlyList<ContactDto> Contacts, Guid? OrganisationId = null);

public sealed record ReplaceContactsRequest(IReadOnlyList<ContactDto> Contacts);

public sealed record LicenseeDto(Guid Id, long Version, string Name, string Country, string SizeClass, bool IsSme, IReadOnlyList<ContactDto> Contacts,
    Guid? OrganisationId, DateTimeOffset RegisteredAt);

public sealed record RegisterInterestRequest(Guid TechnologyId, string CompanyName, string ContactName, string ContactEmail, string? Message = null);

public sealed record MoveInterestRequest(string Stage, string? Reason = null);

public sealed record StageChangeDto(string Stage, string? Reason, string By, DateTimeOffset At);

public sealed record InterestDto(Guid Id, long Version, Guid TechnologyId, string TechnologyTitle, Guid? OrganisationId, string CompanyName, string ContactName,
    string ContactEmail, string? Message, string Stage, string? OutcomeReason, DateTimeOffset RegisteredAt, IReadOnlyList<StageChangeDto> History);

public sealed record RoyaltyTierDto(decimal FromNetSales, decimal Rate);

public sealed record MilestoneDto(string Name, decimal Amount);

/// <summary>Draft or amendment: a flat <see cref="RoyaltyRate"/> or <see cref="RoyaltyTiers"/>; <see cref="Worldwide"/> or <see cref="Countries"/>; no fields of use = every field.</summary>
public sealed record LicenceTermsRequest(
    Guid TechnologyId, Guid LicenseeId, string Kind, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string>? FieldsOfUse = null, bool Worldwide = false,
    IReadOnlyList<string>? Countries = null, string? Currency = null, decimal? UpfrontFee = null, decimal? RoyaltyRate = null,
    IReadOnlyList<RoyaltyTierDto>? RoyaltyTiers = null, decimal? MinimumAnnualRoyalty = null, IReadOnlyList<MilestoneDto>? Milestones = null,
    bool SublicensingAllowed = false, decimal? SublicenceShare = null, string? ReportingFrequency = null);

public sealed record MilestonePaymentDto(string Name, Money Amount);

public sealed record LicenceTermsDto(
    Guid TechnologyId, Guid LicenseeId, string Kind, IReadOnlyList<string> FieldsOfUse, bool Worldwide, IReadOnlyList<string> Countries, DateOnly StartsOn,
    DateOnly EndsOn, string Currency, Money UpfrontFee, IReadOnlyList<RoyaltyTierDto> RoyaltyTiers, Money? MinimumAnnualRoyalty,
    IReadOnlyList<MilestonePaymentDto> Milestones, bool SublicensingAllowed, decimal SublicenceShare, string ReportingFrequency);

public sealed record StatementDto(Guid Id, string Kind, string Description, Money Amount, Money Paid, DateOnly IssuedOn, DateOnly DueOn, Guid? ReportId);

public sealed record ReportSummaryDto(Guid ReportId, DateOnly PeriodStart, DateOnly PeriodEnd, int LicenceYear, Money NetSales, Money SublicenceIncome,
    Money RoyaltyOnSales, Money SublicenceShareDue, Money MinimumTopUp, Money Due, DateTimeOffset SubmittedAt);

public sealed record LicenceDto(
    Guid Id, long Version, string Status, LicenceTermsDto Terms, Guid TechnologyId, Guid LicenseeId, string LicenseeName, Guid? LicenseeOrganisationId,
    string LicenseeSize, DateOnly EndsOn, string? TechnologyTitle, string? Facility, DateTimeOffset DraftedAt, int Amendments, DateOnly? SignedOn, string? SignedBy,
    DateOnly? EndedOn, string? EndReason, IReadOnlyList<string> MilestonesReached, IReadOnlyList<ReportSummaryDto> Reports, IReadOnlyList<StatementDto> Statements,
    DateOnly? FirstSoldOn);

/// <summary>One reporting period: the exact dates a report names; Status is Upcoming, Due, Overdue or Reported.</summary>
public sealed record ScheduledPeriodDto(DateOnly Start, DateOnly End, int LicenceYear, bool ClosesLicenceYear, DateOnly DueOn, string Status, Guid? ReportId);

public sealed record SignLicenceRequest(DateOnly? SignedOn = null);

public sealed record TerminateLicenceRequest(string Reason, DateOnly? EndedOn = null);

public sealed record RecordMilestoneRequest(string Name, DateOnly? ReachedOn = null);

public sealed record MilestoneAccepted(Guid Id, long Version, Guid StatementId);

public sealed record SalesLineDto(string Territory, string Currency, decimal NetSales);

public sealed record SubmitRoyaltyReportRequest(DateOnly PeriodStart, DateOnly PeriodEnd, IReadOnlyList<SalesLineDto> Sales, decimal? SublicenceIncome = null,
    string? Product = null, DateOnly? FirstSoldOn = null);

public sealed record ReportAccepted(Guid Id, long Version, Guid ReportId, Guid StatementId, decimal Due, string Currency);

public sealed record RecordPaymentRequest(Guid StatementId, decimal Amount, string? Currency = null, DateOnly? PaidOn = null);

public sealed record PaymentAccepted(Guid Id, long Version, Guid PaymentId);

public sealed record StatementViewDto(Guid Id, Guid LicenceId, Guid LicenseeId, Guid? LicenseeOrganisationId, string LicenseeName, Guid TechnologyId, string Kind,
    string Description, Money Amount, Money Paid, DateOnly IssuedOn, DateOnly DueOn, bool Settled);

public sealed record OverdueReportDto(Guid LicenceId, Guid LicenseeId, string LicenseeName, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn, int DaysOverdue);

public sealed record UnpaidStatementDto(Guid StatementId, Guid LicenceId, string LicenseeName, string Kind, string Description, Money Amount, Money Outstanding,
    DateOnly DueOn, bool Overdue);

public sealed record InventorIncomeRowDto(Guid Id, Guid InventorId, int Year, DateOnly PaidOn, Guid PaymentId, Guid LicenceId, Guid TechnologyId, decimal Share, Money Amount);

public sealed record InventorTotalDto(string Currency, decimal Amount);

public sealed record InventorIncomeYearDto(Guid InventorId, int Year, IReadOnlyList<InventorTotalDto> Totals, IReadOnlyList<InventorIncomeRowDto> Parts);

public sealed record RoyaltyIncomeDto(string Currency, decimal RunningRoyalties, decimal OtherIncome, decimal Total);

public sealed record FacilityFiguresDto(string Facility, int LicencesSigned, int Exclusive, int NonExclusive, int Options, int LicencesEarningRoyalties,
    IReadOnlyList<RoyaltyIncomeDto> Income);

public sealed record YearFiguresDto(int Year, IReadOnlyList<FacilityFiguresDto> Facilities);

public sealed record OwnerPartDto(string Name, string Kind, decimal Share);

public sealed record InventorPartDto(Guid InventorId, decimal Share);

public sealed record KnownTechnologyDto(Guid Id, string Title, string Facility, string? Field, DateTimeOffset? DisclosedAt, bool Marketed, string? PublicTitle,
    bool OwnershipAgreed, IReadOnlyList<OwnerPartDto> Owners, IReadOnlyList<InventorPartDto> Inventors, bool Abandoned);
