namespace TechTransfer.Incubation.Api.Technologies;

/// <summary>Disclosures agreed the technology's IP ownership (IpOwnershipAgreed): start-ups may be founded on it.</summary>
public sealed record TechnologyIpAgreement(Guid Id, string AgreementReference, DateTimeOffset AgreedAt);
