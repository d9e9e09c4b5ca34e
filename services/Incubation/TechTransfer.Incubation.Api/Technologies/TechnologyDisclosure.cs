namespace TechTransfer.Incubation.Api.Technologies;

/// <summary>A technology Disclosures announced (TechnologyDisclosed): its public title and facility.</summary>
public sealed record TechnologyDisclosure(Guid Id, string Title, string Facility, DateTimeOffset DisclosedAt);
