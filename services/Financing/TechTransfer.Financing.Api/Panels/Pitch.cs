namespace TechTransfer.Financing.Api.Panels;

/// <summary>What the panel made of a pitch: it backs the start-up, declines, or wants to hear it again.</summary>
public enum PitchOutcome { Backed, Declined, Deferred }

public sealed record Pitch(Guid Id, Guid SessionId, DateOnly On, Guid StartUpId, string StartUpName, PitchOutcome Outcome, string? Notes);
