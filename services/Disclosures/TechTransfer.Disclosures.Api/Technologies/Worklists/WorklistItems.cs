namespace TechTransfer.Disclosures.Api.Technologies.Worklists;

/// <summary>A disclosure nobody has assessed yet: exists from disclosure until the first assessment. It waits since the form was received.</summary>
public sealed record AwaitingAssessment(Guid Id, string Title, string Facility, string Lab, string DisclosedBy, DateTimeOffset DisclosedAt, DateOnly? ReceivedOn = null);

public enum PatentDeadlineKind
{
    /// <summary>Paris Convention: foreign or PCT filings claiming priority must follow within 12 months.</summary>
    PriorityYear,

    /// <summary>PCT national phase at most offices: 30 months from priority.</summary>
    NationalPhase30,

    /// <summary>PCT national/regional phase where 31 months are allowed (the EPO among others).</summary>
    NationalPhase31,
}

/// <summary>A date by which the office must act on a patent family, or lose rights.</summary>
public sealed record PatentDeadline(
    string Id, Guid TechnologyId, Guid ApplicationId, string Office, string ApplicationNumber, PatentDeadlineKind Kind, DateOnly PriorityDate, DateOnly Due);

/// <summary>Evidence for the SME-product phase the rules held back, for staff to act on.</summary>
public sealed record SmeEvidenceToReview(
    Guid Id, Guid TechnologyId, string Evidence, string Source, string Reference, string Rule, string Why, DateTimeOffset ReceivedAt);
