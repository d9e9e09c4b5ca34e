using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.RevenueSharing.Views;

/// <summary>One payment's sharing, explained line by line (id = the payment id).</summary>
public sealed record PaymentShare(
    Guid Id, Guid LicenceId, Guid TechnologyId, string? Facility, DateOnly PaidOn, int Year, Money Amount, IReadOnlyList<OwnerIncome> Owners, Money FacilityPart,
    Money? PatentCostsRecovered, Money? FacilityNet, PolicyRef? Policy, IReadOnlyList<TierPortion> Tiers, IReadOnlyList<BeneficiaryIncome> Beneficiaries,
    Money InventorsPool, Money FacilityKeeps, IReadOnlyList<InventorIncome> Inventors, IReadOnlyList<string> Explanation);

/// <summary>One owner's part of one payment (facility owners too: "the part the facility keeps"); listed per owner and year.</summary>
public sealed record OwnerIncomeRow(Guid Id, string OwnerKey, string Owner, string Kind, int Year, DateOnly PaidOn, Guid PaymentId, Guid LicenceId, Guid TechnologyId,
    decimal Share, Money Amount);
