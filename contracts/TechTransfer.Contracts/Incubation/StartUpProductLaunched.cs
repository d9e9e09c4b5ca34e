using MassTransit;

namespace TechTransfer.Contracts.Incubation;

/// <summary>A start-up launched a product built on its technologies: evidence for their SME-product phase.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record StartUpProductLaunched(
    Guid StartUpId, string Name, IReadOnlyList<Guid> TechnologyIds, string Product, DateOnly LaunchedOn, DateTimeOffset LaunchedAt, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "incubation:start-up-product-launched:v1";
    public const string Exchange = WireName.ExchangePrefix + "incubation.start-up-product-launched.v1";
}
