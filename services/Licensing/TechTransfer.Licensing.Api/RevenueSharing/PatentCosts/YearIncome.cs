namespace TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;

public sealed record YearIncome(int Year, string Currency, decimal Net);
