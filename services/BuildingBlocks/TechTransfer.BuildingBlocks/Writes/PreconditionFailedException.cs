namespace TechTransfer.BuildingBlocks.Writes;

/// <summary>The caller's If-Match names a version that is no longer current.</summary>
public sealed class PreconditionFailedException(long expected, long actual)
    : Exception($"You sent If-Match version {expected}, but the resource is now at version {actual}. Read it again and retry.");
