namespace TechTransfer.BuildingBlocks.Http;

/// <summary>The caller's If-Match names a version that is no longer current: HTTP 412.</summary>
public sealed class PreconditionFailed(long expected, long actual)
    : Exception($"You sent If-Match version {expected}, but the resource is now at version {actual}. Read it again and retry.");
