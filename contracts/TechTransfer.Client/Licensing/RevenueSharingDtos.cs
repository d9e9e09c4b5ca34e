namespace TechTransfer.Client.Licensing;

// Revenue sharing's wire shapes (staff only). Money is exact: decimal amounts with their currency.

public sealed record OwnerIncomeDto(string Name, string Kind, decimal Share, Money Amount);

public sealed record InventorIncomeDto(Guid InventorId, decimal Share, Money Amount);

public sealed record BeneficiaryIncomeDto(string Name, decimal Weight, Money Amount);

public sealed record TierPortionDto(int Tier, decimal From, decimal? To, Money Amount, IReadOnlyList<BeneficiaryIncomeDto> Beneficiaries);

public sealed record PolicyRefDto(Guid PolicyId, string Facility, DateOnly EffectiveFrom, bool IsDefault);

/// <summary>How one payment was shared; <see cref="Explanation"/> says it line by line.</summary>
public sealed record PaymentShareDto(
    Guid Id, Guid LicenceId, Guid TechnologyId, string? Facility, DateOnly PaidOn, int Year, Money Amount, IReadOnlyList<OwnerIncomeDto> Owners, Money FacilityPart,
    Money? PatentCostsRecovered, Money? FacilityNet, PolicyRefDto? Policy, IReadOnlyList<TierPortionDto> Tiers, IReadOnlyList<BeneficiaryIncomeDto> Beneficiaries,
    Money InventorsPool, Money FacilityKeeps, IReadOnlyList<InventorIncomeDto> Inventors, IReadOnlyList<string> Explanation);

public sealed record OwnerBalanceDto(string Currency, decimal Owed, decimal PaidOut, decimal Remaining);

public sealed record OwnerSummaryDto(string Owner, string Kind, IReadOnlyList<OwnerBalanceDto> Balances);

public sealed record OwnerIncomeRowDto(Guid Id, string OwnerKey, string Owner, string Kind, int Year, DateOnly PaidOn, Guid PaymentId, Guid LicenceId, Guid TechnologyId,
    decimal Share, Money Amount);

public sealed record PayoutDto(Guid Id, Money Amount, DateOnly PaidOn, string Reference, string By, DateTimeOffset At);

public sealed record OwnerYearDto(string Owner, string Kind, int Year, IReadOnlyList<OwnerBalanceDto> ThisYear, IReadOnlyList<OwnerBalanceDto> AtYearEnd,
    IReadOnlyList<OwnerIncomeRowDto> Parts, IReadOnlyList<PayoutDto> Payouts, long Version);

public sealed record RecordPayoutRequest(decimal Amount, string Reference, string? Currency = null, DateOnly? PaidOn = null);

public sealed record PayoutAccepted(Guid Id, long Version, Guid PayoutId);

public sealed record BeneficiaryDto(string Name, decimal Weight);

public sealed record PolicyTierDto(decimal From, IReadOnlyList<BeneficiaryDto> Beneficiaries);

/// <summary>A policy: from its effective date, tiers over the facility's yearly net income per technology, patent costs deducted or not.</summary>
public sealed record PolicyDto(Guid Id, string Facility, DateOnly EffectiveFrom, string Currency, bool DeductPatentCosts, IReadOnlyList<PolicyTierDto> Tiers,
    string? Description, string By, DateTimeOffset At, bool IsDefault);

public sealed record FacilityPoliciesDto(Guid Id, long Version, string Facility, IReadOnlyList<PolicyDto> Policies);

public sealed record AdoptPolicyRequest(DateOnly EffectiveFrom, IReadOnlyList<PolicyTierDto> Tiers, bool DeductPatentCosts = true, string? Currency = null,
    string? Description = null);

public sealed record PolicyAdopted(Guid Id, long Version, Guid PolicyId);

public sealed record PatentCostDto(Guid Id, Money Amount, DateOnly IncurredOn, string Reference, string? Description, string By, DateTimeOffset At);

public sealed record PatentCostTotalsDto(string Currency, decimal Recorded, decimal Recovered, decimal Unrecovered);

public sealed record YearIncomeDto(int Year, string Currency, decimal Net);

public sealed record PatentCostLedgerDto(Guid Id, Guid TechnologyId, IReadOnlyList<PatentCostDto> Costs, IReadOnlyList<PatentCostTotalsDto> Totals,
    IReadOnlyList<YearIncomeDto> Income, long Version);

public sealed record RecordPatentCostRequest(decimal Amount, string Reference, string? Currency = null, DateOnly? IncurredOn = null, string? Description = null);

public sealed record PatentCostAccepted(Guid Id, long Version, Guid CostId);
