namespace TechTransfer.Disclosures.Api.Technologies;

public enum PatentStatus
{
    Filed,
    Granted,
    Abandoned,
}

/// <summary>One application of the technology's patent family (EP, US, PCT, FR…).</summary>
public sealed record PatentApplication(
    Guid ApplicationId,
    string Office,
    string ApplicationNumber,
    DateOnly FiledOn,
    DateOnly PriorityDate,
    PatentStatus Status,
    string? PatentNumber = null,
    DateOnly? GrantedOn = null,
    DateOnly? AbandonedOn = null)
{
    /// <summary>The Patent Cooperation Treaty route: one international filing, national phases later.</summary>
    public bool IsPct => Office.Equals("PCT", StringComparison.OrdinalIgnoreCase) || Office.Equals("WO", StringComparison.OrdinalIgnoreCase);
}
