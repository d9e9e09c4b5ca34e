namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>The non-confidential face of a technology: all that partners ever see of it.</summary>
public sealed record MarketingSummary(string PublicTitle, string Summary, IReadOnlyList<string> Applications, IReadOnlyList<string> Keywords, string By, DateTimeOffset At);
