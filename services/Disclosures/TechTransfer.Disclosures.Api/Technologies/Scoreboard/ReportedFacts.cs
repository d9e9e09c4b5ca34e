namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

// What the other services reported that the scoreboard counts, kept by the feeds (Feeds/) in the same
// transaction as the message's inbox row. Each is keyed by the other service's own id, so a report repeated
// under another message id overwrites itself instead of counting twice. Facilities come from our own record
// of the technologies; a start-up founded on technologies of two facilities counts for each of them.

/// <summary>A signed licence. <see cref="Kind"/>: exclusive, non-exclusive or option.</summary>
public sealed record LicenceFact(Guid Id, Guid TechnologyId, string Facility, DateOnly SignedOn, string Kind, DateTimeOffset ReceivedAt);

/// <summary>A payment received on a licence: running royalties (on sales) and other income (fees, milestones).</summary>
public sealed record IncomeFact(
    Guid Id, Guid LicenceId, Guid TechnologyId, string Facility, DateOnly PaidOn, string Currency, decimal Amount, decimal RunningRoyalties,
    decimal OtherIncome, DateTimeOffset ReceivedAt);

/// <summary>
/// A start-up founded on technologies disclosed here. Its founding and its end may arrive in either order (they
/// travel on different queues), so each feed fills in its part.
/// </summary>
public sealed record StartUpFact
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Facilities { get; init; } = [];
    public DateOnly? FoundedOn { get; init; }

    /// <summary>Failed: no longer alive. Acquired: still operating, under its acquirer. Graduated: still operating.</summary>
    public string? Outcome { get; init; }
    public DateOnly? OutcomeOn { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }

    public bool AliveAtEndOf(int year) =>
        FoundedOn is { } founded && founded.Year <= year && !(Outcome == StartUpOutcomes.Failed && OutcomeOn?.Year <= year);
}

public static class StartUpOutcomes
{
    public const string Graduated = "graduated";
    public const string Failed = "failed";
    public const string Acquired = "acquired";
}

/// <summary>A financing round closed for a start-up founded here, with the public and private parts of the money raised.</summary>
public sealed record FundingFact(
    Guid Id, Guid StartUpId, IReadOnlyList<string> Facilities, DateOnly ClosedOn, string Currency, decimal Raised, decimal PublicMoney,
    decimal PrivateMoney, DateTimeOffset ReceivedAt);

/// <summary>A start-up's head count on a day (one per start-up and day: a later report of the same day replaces it).</summary>
public sealed record JobsFact(
    string Id, Guid StartUpId, IReadOnlyList<string> Facilities, DateOnly AsOf, int HeadCount, int ResearchersAndEngineers, DateTimeOffset ReceivedAt)
{
    public static string IdOf(Guid startUpId, DateOnly asOf) => $"{startUpId:N}:{asOf:yyyy-MM-dd}";
}
