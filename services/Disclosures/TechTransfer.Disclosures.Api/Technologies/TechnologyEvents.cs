namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>A researcher's invention was disclosed to the transfer office: the start of a technology's stream.</summary>
public sealed record TechnologyDisclosed(Guid TechnologyId, string Title, string Facility, DateTimeOffset DisclosedAt);
