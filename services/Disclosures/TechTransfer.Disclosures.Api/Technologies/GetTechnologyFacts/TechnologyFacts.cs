namespace TechTransfer.Disclosures.Api.Technologies.GetTechnologyFacts;

/// <summary>
/// What other services may know of a technology: the fields Disclosures already publishes on the bus
/// (<c>TechnologyDisclosed</c>, <c>IpOwnershipAgreed</c>), never the confidential description, inventors or unfiled IP.
/// <see cref="IpOwnership"/> is null until the shares are agreed.
/// </summary>
public sealed record TechnologyFacts(
    Guid Id, string Title, string Facility, string Field, DateTimeOffset DisclosedAt, DateOnly ReceivedOn, IpAgreementFacts? IpOwnership)
{
    public static TechnologyFacts Of(Technology t) => new(t.Id, t.Title, t.Facility, t.Field, t.DisclosedAt, t.ReceivedOn,
        t.Ownership is { } o ? new IpAgreementFacts(o.AgreementReference, o.At) : null);
}

public sealed record IpAgreementFacts(string AgreementReference, DateTimeOffset AgreedAt);
