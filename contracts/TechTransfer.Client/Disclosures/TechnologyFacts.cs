namespace TechTransfer.Client.Disclosures;

/// <summary>
/// A technology's non-confidential facts (staff and incubator managers): what the bus publishes about it, and its IP
/// agreement once the ownership shares are settled (<see cref="IpOwnership"/> null before).
/// </summary>
public sealed record TechnologyFacts(
    Guid Id, string Title, string Facility, string Field, DateTimeOffset DisclosedAt, DateOnly ReceivedOn, IpAgreementFacts? IpOwnership);

public sealed record IpAgreementFacts(string AgreementReference, DateTimeOffset AgreedAt);
