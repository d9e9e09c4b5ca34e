using MassTransit;

namespace TechTransfer.Contracts.Incubation;

/// <summary>A start-up was acquired by another firm: it still operates, under its acquirer.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record StartUpAcquired(
    Guid StartUpId, string Name, IReadOnlyList<Guid> TechnologyIds, string Acquirer, DateOnly AcquiredOn, DateTimeOffset AcquiredAt, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "incubation:start-up-acquired:v1";
    public const string Exchange = WireName.ExchangePrefix + "incubation.start-up-acquired.v1";
}
