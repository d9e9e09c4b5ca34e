using MassTransit;

namespace TechTransfer.Contracts.Incubation;

/// <summary>A start-up failed (ceased trading): it no longer counts as alive on the scoreboard.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record StartUpFailed(
    Guid StartUpId, string Name, IReadOnlyList<Guid> TechnologyIds, string Reason, DateOnly FailedOn, DateTimeOffset FailedAt, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "incubation:start-up-failed:v1";
    public const string Exchange = WireName.ExchangePrefix + "incubation.start-up-failed.v1";
}
