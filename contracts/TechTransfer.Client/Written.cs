namespace TechTransfer.Client;

/// <summary>The answer to a command: the stream written and its new version (also sent as ETag, for the next If-Match).</summary>
public sealed record Written(Guid Id, long Version);
