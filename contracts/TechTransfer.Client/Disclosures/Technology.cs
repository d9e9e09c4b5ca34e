namespace TechTransfer.Client.Disclosures;

/// <summary>A technology's full, confidential record (staff only; every read is audited). <see cref="Version"/> is its ETag.</summary>
public sealed record Technology(
    Guid Id,
    long Version,
    string Title,
    string Facility,
    string Lab,
    string Field,
    IReadOnlyList<string> Keywords,
    string ConfidentialDescription,
    IReadOnlyList<Inventor> Inventors,
    DateOnly ConceivedOn,
    IReadOnlyList<EarlierDisclosure> EarlierDisclosures,
    string? FundingProgramme,
    string DisclosedBy,
    DateTimeOffset DisclosedAt,
    Assessment? Assessment,
    IReadOnlyList<TrlChange> TrlHistory,
    IpOwnership? Ownership,
    IReadOnlyList<PatentApplication> PatentApplications,
    MarketingSummary? Marketing,
    string Phase,
    IReadOnlyList<Transfer> Transfers,
    IReadOnlyList<HeldSmeEvidence> HeldSmeEvidence,
    Abandonment? Abandonment,
    DateOnly? ReceivedOn = null);

public sealed record Inventor(Guid InventorId, string Name, string Affiliation, string Email, decimal Share);

public sealed record EarlierDisclosure(string Kind, string Reference, DateOnly On);

public sealed record Assessment(string Decision, int Trl, string? Notes, string By, DateTimeOffset At);

public sealed record TrlChange(int Trl, string Evidence, string By, DateTimeOffset At);

public sealed record Owner(string Name, string Kind, decimal Share);

public sealed record IpOwnership(IReadOnlyList<Owner> Owners, string AgreementReference, string By, DateTimeOffset At);

/// <summary>One application of the patent family; <see cref="Status"/> is one of <see cref="PatentStatuses"/>.</summary>
public sealed record PatentApplication(
    Guid ApplicationId, string Office, string ApplicationNumber, DateOnly FiledOn, DateOnly PriorityDate, string Status,
    string? PatentNumber, DateOnly? GrantedOn, DateOnly? AbandonedOn, bool IsPct);

public sealed record MarketingSummary(string PublicTitle, string Summary, IReadOnlyList<string> Applications, IReadOnlyList<string> Keywords, string By, DateTimeOffset At);

/// <summary>A transfer; <see cref="Source"/> names the service that reported it.</summary>
public sealed record Transfer(Guid TransferId, string Form, string Counterpart, string Reference, DateOnly On, string Source);

/// <summary>Evidence for the SME-product phase the rules held back, with the rule.</summary>
public sealed record HeldSmeEvidence(Guid EvidenceId, string Evidence, string Source, string Reference, string Rule, string Why, DateTimeOffset At);

public sealed record Abandonment(string Reason, string By, DateTimeOffset At);

/// <summary>One read of a confidential record: who, in which role, when.</summary>
public sealed record ConfidentialRead(Guid Id, string Resource, Guid ResourceId, string Reader, string Role, DateTimeOffset ReadAt);
