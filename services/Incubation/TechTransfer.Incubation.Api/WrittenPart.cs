namespace TechTransfer.Incubation.Api;

/// <summary>The answer to a command that creates something inside a stream (a cohort, a milestone, a label).</summary>
public sealed record WrittenPart(Guid Id, long Version, Guid PartId);
