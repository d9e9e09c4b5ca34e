using MassTransit;

namespace TechTransfer.Contracts.Incubation;

/// <summary>A spin-off start-up was founded on one or more technologies: each records a "start-up" transfer.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record StartUpFounded(Guid StartUpId, string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly FoundedOn, DateTimeOffset FoundedAt)
{
    public const string Urn = WireName.UrnPrefix + "incubation:start-up-founded:v1";
    public const string Exchange = WireName.ExchangePrefix + "incubation.start-up-founded.v1";
}
