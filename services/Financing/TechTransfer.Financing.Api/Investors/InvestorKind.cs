namespace TechTransfer.Financing.Api.Investors;

/// <summary>The kinds of financier the seeds name.</summary>
public enum InvestorKind { BusinessAngel, VentureFund, RegionalSeedFund, PublicAgency, Bank }
