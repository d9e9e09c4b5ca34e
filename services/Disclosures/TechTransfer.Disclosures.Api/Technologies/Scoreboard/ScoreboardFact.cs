namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>What a scoreboard counts.</summary>
public static class Measures
{
    public const string Disclosures = "disclosures";
    public const string PatentApplications = "patent-applications";
    public const string PatentGrants = "patent-grants";
    public const string Transfers = "transfers";
}

/// <summary>
/// One countable fact (a disclosure, a filing, a grant, a transfer) with its facility and year. One row per
/// event, written inline: counts come from an indexed query by year, with no shared counter to contend on.
/// </summary>
public sealed record ScoreboardFact(Guid Id, Guid TechnologyId, string Facility, int Year, string Measure, string? Form);
