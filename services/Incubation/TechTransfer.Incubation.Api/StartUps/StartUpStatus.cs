namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>Proposed (not yet registered), then active once founded, until one terminal outcome.</summary>
public enum StartUpStatus { Proposed, Active, Graduated, Failed, Acquired }
