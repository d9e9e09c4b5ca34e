using MassTransit;

namespace TechTransfer.Contracts.Incubation;

/// <summary>A start-up achieved a milestone. <see cref="Kind"/>: prototype-built, first-customer, product-launched, first-revenue, funding-secured or other (then <see cref="Title"/> says which).</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record MilestoneAchieved(
    Guid StartUpId, string Name, IReadOnlyList<Guid> TechnologyIds, Guid MilestoneId, string Kind, string Title, DateOnly AchievedOn, DateTimeOffset AchievedAt, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "incubation:milestone-achieved:v1";
    public const string Exchange = WireName.ExchangePrefix + "incubation.milestone-achieved.v1";
}
