using TechTransfer.Incubation.Api.Funding;

namespace TechTransfer.Incubation.Api.StartUps.ListInvestorVisibleStartUps;

/// <summary>What a financier sees of a start-up holding the investor-visibility label: public facts only (no founders, no equity share).</summary>
public sealed record InvestorVisibleStartUp(
    Guid Id, string Name, StartUpStatus Status, DateOnly? FoundedOn, IReadOnlyList<FoundingTechnology> Technologies, string? Incubator,
    IReadOnlyList<Label> Labels, IReadOnlyList<FundingToDate> Funding, JobsReport? LatestJobs);
