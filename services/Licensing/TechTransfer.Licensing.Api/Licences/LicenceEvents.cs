using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.Licensees;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>What a statement bills: an upfront fee and milestones are "other income"; royalties are running royalties (AUTM's split).</summary>
public enum StatementKind { UpfrontFee, Milestone, Royalties }

public static class LicenceNames
{
    public static string WireName(this LicenceKind kind) => kind switch
    {
        LicenceKind.Exclusive => "exclusive",
        LicenceKind.NonExclusive => "non-exclusive",
        _ => "option",
    };
}

/// <summary>A licence was drafted for a registered licensee; the licensee's name, organisation and size are copied in.</summary>
public sealed record LicenceDrafted(Guid LicenceId, LicenceTerms Terms, string LicenseeName, Guid? LicenseeOrganisationId, SizeClass LicenseeSize, string By, DateTimeOffset At);

public sealed record LicenceAmended(LicenceTerms Terms, string By, DateTimeOffset At);

/// <summary>Signed: the technology was marketed and its ownership agreed; its facility and public title are copied in for the figures and views.</summary>
public sealed record LicenceSigned(Guid TechnologyId, Guid LicenseeId, string LicenseeName, SizeClass LicenseeSize, LicenceTerms Terms, string Facility,
    string TechnologyTitle, DateOnly SignedOn, string By, DateTimeOffset At);

public sealed record LicenceTerminated(Guid TechnologyId, Guid LicenseeId, string Reason, DateOnly EndedOn, string By, DateTimeOffset At);

/// <summary>The licence reached its end date (found by the scheduled expiry check).</summary>
public sealed record LicenceExpired(Guid TechnologyId, Guid LicenseeId, DateOnly EndedOn, string By, DateTimeOffset At);

public sealed record MilestoneReached(string Name, DateOnly ReachedOn, string By, DateTimeOffset At);

/// <summary>Net sales in one territory, in the licence currency.</summary>
public sealed record SalesInTerritory(string Territory, Money NetSales);

/// <summary>A period's royalty report and the royalty computed on it (see <see cref="Royalties.RoyaltyCalculation"/>).</summary>
public sealed record RoyaltyReportSubmitted(
    Guid ReportId, DateOnly PeriodStart, DateOnly PeriodEnd, int LicenceYear, IReadOnlyList<SalesInTerritory> Sales, Money NetSales, Money SublicenceIncome,
    Money RoyaltyOnSales, Money SublicenceShareDue, Money MinimumTopUp, Money Due, string? Product, string By, DateTimeOffset At);

/// <summary>A statement (an invoice to the licensee), due on <see cref="DueOn"/>.</summary>
public sealed record StatementIssued(Guid StatementId, StatementKind Kind, string Description, Money Amount, DateOnly IssuedOn, DateOnly DueOn, Guid? ReportId,
    string By, DateTimeOffset At);

/// <summary>The first report with net sales above zero on this licence.</summary>
public sealed record FirstSalesReported(Guid TechnologyId, Guid LicenseeId, string LicenseeName, SizeClass LicenseeSize, string Product, DateOnly FirstSoldOn,
    string By, DateTimeOffset At);

/// <summary>A payment received against a statement, split into running royalties and other income by the statement's kind.</summary>
public sealed record PaymentRecorded(Guid PaymentId, Guid StatementId, Guid TechnologyId, Guid LicenseeId, string Facility, Money Amount,
    Money RunningRoyalties, Money OtherIncome, DateOnly PaidOn, string By, DateTimeOffset At);

/// <summary>
/// How one payment was shared (see <see cref="RevenueSharing.RevenueSplit"/>): among the IP owners, then the facility's part under the policy in
/// force on the day received. The fields after <see cref="Inventors"/> were added with policies (issue 12): events recorded before them have none
/// (they were shared with the whole facility part to the inventors).
/// </summary>
public sealed record RevenueShared(Guid PaymentId, Guid TechnologyId, int Year, DateOnly PaidOn, Money Amount,
    IReadOnlyList<RevenueSharing.OwnerIncome> Owners, Money FacilityPart, Money InventorsPool, Money FacilityKeeps,
    IReadOnlyList<RevenueSharing.InventorIncome> Inventors, string By, DateTimeOffset At,
    string? Facility = null, RevenueSharing.PolicyRef? Policy = null, Money? PatentCostsRecovered = null, Money? FacilityNet = null,
    IReadOnlyList<RevenueSharing.TierPortion>? Tiers = null, IReadOnlyList<RevenueSharing.BeneficiaryIncome>? Beneficiaries = null,
    IReadOnlyList<string>? Explanation = null);
