namespace TechTransfer.Disclosures.Api.Technologies;

public enum OwnerKind
{
    Facility,
    Firm,
    University,
    Other,
}

public sealed record Owner(string Name, OwnerKind Kind, decimal Share);

/// <summary>The settled rules of sharing of intellectual property: owners whose shares add up to 100 %.</summary>
public sealed record IpOwnership(IReadOnlyList<Owner> Owners, string AgreementReference, string By, DateTimeOffset At);
