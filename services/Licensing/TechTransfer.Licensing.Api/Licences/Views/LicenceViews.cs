using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.Licences.Views;

/// <summary>A statement as staff and its licensee's system list it; indexed by licensee organisation, licence, settled and due date.</summary>
public sealed record StatementView(
    Guid Id, Guid LicenceId, Guid LicenseeId, Guid? LicenseeOrganisationId, string LicenseeName, Guid TechnologyId, StatementKind Kind, string Description,
    Money Amount, Money Paid, DateOnly IssuedOn, DateOnly DueOn, bool Settled);

/// <summary>A signed licence, for the figures: facility and year of signing, kind. Never deleted (a terminated licence was still signed that year).</summary>
public sealed record LicenceFact(Guid Id, Guid TechnologyId, string Facility, int Year, LicenceKind Kind, DateOnly SignedOn);

/// <summary>A payment received, for the figures: facility and year paid, running royalties and other income.</summary>
public sealed record IncomeFact(Guid Id, Guid LicenceId, Guid TechnologyId, string Facility, int Year, string Currency, decimal RunningRoyalties, decimal OtherIncome);

/// <summary>One inventor's part of one payment: listed per inventor and year.</summary>
public sealed record InventorIncomeRow(Guid Id, Guid InventorId, int Year, DateOnly PaidOn, Guid PaymentId, Guid LicenceId, Guid TechnologyId, decimal Share,
    Money Amount);
