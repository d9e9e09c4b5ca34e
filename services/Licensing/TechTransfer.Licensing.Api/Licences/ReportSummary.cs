using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>One period's report, with the royalty computed on it.</summary>
public sealed record ReportSummary(Guid ReportId, DateOnly PeriodStart, DateOnly PeriodEnd, int LicenceYear, Money NetSales, Money SublicenceIncome,
    Money RoyaltyOnSales, Money SublicenceShareDue, Money MinimumTopUp, Money Due, DateTimeOffset SubmittedAt);
