namespace TechTransfer.Financing.Api.Panels;

/// <summary>The answer to a command that creates something inside a panel (a session, a pitch).</summary>
public sealed record WrittenPart(Guid Id, long Version, Guid PartId);
