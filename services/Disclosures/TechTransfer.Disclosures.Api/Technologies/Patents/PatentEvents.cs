namespace TechTransfer.Disclosures.Api.Technologies.Patents;

/// <summary>An application of the technology's patent family was filed at an office.</summary>
public sealed record PatentApplicationFiled(
    Guid ApplicationId, string Office, string ApplicationNumber, DateOnly FiledOn, DateOnly PriorityDate, string By, DateTimeOffset At);

public sealed record PatentGranted(Guid ApplicationId, string PatentNumber, DateOnly GrantedOn, string By, DateTimeOffset At);

public sealed record PatentApplicationAbandoned(Guid ApplicationId, string Reason, DateOnly AbandonedOn, string By, DateTimeOffset At);
