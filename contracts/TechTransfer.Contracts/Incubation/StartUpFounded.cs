using MassTransit;

namespace TechTransfer.Contracts.Incubation;

/// <summary>A spin-off start-up was founded on one or more technologies: each records a "start-up" transfer.
/// Optional (a reader takes a missing value as unknown): the legal registration number, the facility's equity share in percent, who recorded it.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record StartUpFounded(Guid StartUpId, string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly FoundedOn, DateTimeOffset FoundedAt,
    string? RegistrationNumber = null, decimal? FacilityEquityShare = null, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "incubation:start-up-founded:v1";
    public const string Exchange = WireName.ExchangePrefix + "incubation.start-up-founded.v1";
}
