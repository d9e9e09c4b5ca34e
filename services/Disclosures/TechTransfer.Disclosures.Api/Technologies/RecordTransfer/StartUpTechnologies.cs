namespace TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

/// <summary>Which technologies a start-up was founded on, as Incubation told us: lets later start-up news find its technologies.</summary>
public sealed record StartUpTechnologies(Guid Id, string Name, IReadOnlyList<Guid> TechnologyIds);
