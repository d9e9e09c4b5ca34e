namespace TechTransfer.SampleData;

/// <summary>Where the four services listen.</summary>
public sealed record Addresses(Uri Disclosures, Uri Licensing, Uri Incubation, Uri Financing);
