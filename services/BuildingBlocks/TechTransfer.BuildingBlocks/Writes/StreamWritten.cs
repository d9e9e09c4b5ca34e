namespace TechTransfer.BuildingBlocks.Writes;

/// <summary>A committed write: the stream, its version after the write and how many events it appended (0 when the decision had nothing to do).</summary>
public record StreamWritten(Guid Id, long Version, int Appended);

/// <summary>A committed write and what its decision answered with.</summary>
public sealed record StreamWritten<TResult>(Guid Id, long Version, int Appended, TResult Result) : StreamWritten(Id, Version, Appended);
