namespace TechTransfer.Client.Disclosures;

/// <summary>A disclosure nobody has assessed yet.</summary>
public sealed record AwaitingAssessment(Guid Id, string Title, string Facility, string Lab, string DisclosedBy, DateTimeOffset DisclosedAt, DateOnly? ReceivedOn = null);

/// <summary>A date by which the office must act on a patent family; <see cref="Kind"/> is one of <see cref="PatentDeadlineKinds"/>.</summary>
public sealed record PatentDeadline(
    string Id, Guid TechnologyId, Guid ApplicationId, string Office, string ApplicationNumber, string Kind, DateOnly PriorityDate, DateOnly Due);

/// <summary>Sales or launch evidence the rules could not turn into the SME-product phase, and the rule that held it back.</summary>
public sealed record SmeEvidenceToReview(
    Guid Id, Guid TechnologyId, string Evidence, string Source, string Reference, string Rule, string Why, DateTimeOffset ReceivedAt);

