namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>What the transfer office decided to do with a disclosure.</summary>
public enum AssessmentDecision
{
    Pursue,
    Hold,
    ReleaseToInventors,
    Decline,
}

public sealed record Assessment(AssessmentDecision Decision, int Trl, string? Notes, string By, DateTimeOffset At);

/// <summary>One dated step of the technology readiness level, with why it changed: the history is kept.</summary>
public sealed record TrlChange(int Trl, string Evidence, string By, DateTimeOffset At);
