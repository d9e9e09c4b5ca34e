using MassTransit;

namespace TechTransfer.Contracts.Incubation;

/// <summary>A start-up was admitted to an incubator (and a cohort of it, when the incubator runs cohorts).</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record StartUpAdmitted(
    Guid StartUpId, string Name, IReadOnlyList<Guid> TechnologyIds, Guid IncubatorId, string IncubatorName, Guid? CohortId, string? CohortName, DateOnly AdmittedOn, DateTimeOffset AdmittedAt, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "incubation:start-up-admitted:v1";
    public const string Exchange = WireName.ExchangePrefix + "incubation.start-up-admitted.v1";
}
