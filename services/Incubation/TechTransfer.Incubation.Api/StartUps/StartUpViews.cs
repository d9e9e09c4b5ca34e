namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>One step of a start-up's history: the event's name, who recorded it and when, and what it says.</summary>
public sealed record TimelineEntry(long Version, string Event, string By, DateTimeOffset At, object Data);

/// <summary>What a financier sees of a start-up holding the investor-visibility label: public facts only (no founders, no equity share).</summary>
public sealed record InvestorVisibleStartUp(
    Guid Id, string Name, StartUpStatus Status, DateOnly? FoundedOn, IReadOnlyList<FoundingTechnology> Technologies, string? Incubator,
    IReadOnlyList<Label> Labels, IReadOnlyList<FundingToDate> Funding, JobsReport? LatestJobs);

public static class StartUpViews
{
    /// <summary>The label that makes a start-up visible to private investors (the seeds' French clusters).</summary>
    public const string InvestorVisibilityLabel = "Innovative Cluster Company";

    public static string EventName(Type type) =>
        string.Concat(type.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));

    public static InvestorVisibleStartUp ForInvestors(StartUp s, DateOnly today) =>
        new(s.Id, s.Name, s.Status, s.FoundedOn, s.Technologies, s.CurrentAdmission?.IncubatorName, [.. s.Labels.Where(l => l.HeldOn(today))], s.Funding, s.LatestJobs);
}
