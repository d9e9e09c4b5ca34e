namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>What a scoreboard counts.</summary>
public static class Measures
{
    public const string Disclosures = "disclosures";
    public const string PatentApplications = "patent-applications";
    public const string PatentGrants = "patent-grants";
    public const string Transfers = "transfers";

    /// <summary>A technology reached the SME-product phase: a small firm sells a product built on it (once per technology).</summary>
    public const string CommercialProducts = "commercial-products";
}

/// <summary>
/// One countable fact (a disclosure, a filing, a grant, a transfer, a product) with its facility, date and year.
/// One row per event, written inline: counts come from an indexed query by year, with no shared counter to
/// contend on. <see cref="On"/> (the business date) lets the scoreboard measure time from disclosure to transfer.
/// </summary>
public sealed record ScoreboardFact(Guid Id, Guid TechnologyId, string Facility, int Year, string Measure, string? Form, DateOnly? On = null);
