namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>
/// An inventor as the transfer office knows them. Personal data (name, e-mail) never leaves the service;
/// only <see cref="InventorId"/> and <see cref="Share"/> do, so Licensing can split royalties.
/// </summary>
public sealed record Inventor(Guid InventorId, string Name, string Affiliation, string Email, decimal Share);

/// <summary>A talk, paper or poster that made the invention public before filing: it matters for patentability.</summary>
public sealed record EarlierDisclosure(string Kind, string Reference, DateOnly On);
