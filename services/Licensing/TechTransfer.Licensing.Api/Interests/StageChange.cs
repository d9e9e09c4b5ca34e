namespace TechTransfer.Licensing.Api.Interests;

public sealed record StageChange(InterestStage Stage, string? Reason, string By, DateTimeOffset At);
