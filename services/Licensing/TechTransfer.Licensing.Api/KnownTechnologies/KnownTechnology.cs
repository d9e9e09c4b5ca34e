namespace TechTransfer.Licensing.Api.KnownTechnologies;

/// <summary>Licensing's local copy of what Disclosures published about a technology (public fields only).</summary>
public sealed record KnownTechnology(Guid Id, string Title, string Facility, DateTimeOffset DisclosedAt, DateTimeOffset LearnedAt);
