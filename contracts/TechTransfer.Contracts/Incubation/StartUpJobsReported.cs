using MassTransit;

namespace TechTransfer.Contracts.Incubation;

/// <summary>A start-up's head count as of a date (the latest report replaces earlier ones): all staff, and of them researchers and engineers. The scoreboard's jobs figure.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record StartUpJobsReported(
    Guid StartUpId, string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly AsOf, int HeadCount, int ResearchersAndEngineers, DateTimeOffset ReportedAt, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "incubation:start-up-jobs-reported:v1";
    public const string Exchange = WireName.ExchangePrefix + "incubation.start-up-jobs-reported.v1";
}
