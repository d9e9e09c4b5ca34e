using MassTransit;

namespace TechTransfer.Contracts.Incubation;

/// <summary>A start-up graduated from its incubator: it goes on on its own.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record StartUpGraduated(
    Guid StartUpId, string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly GraduatedOn, DateTimeOffset GraduatedAt, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "incubation:start-up-graduated:v1";
    public const string Exchange = WireName.ExchangePrefix + "incubation.start-up-graduated.v1";
}
