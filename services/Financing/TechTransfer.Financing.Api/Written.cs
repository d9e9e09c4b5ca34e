namespace TechTransfer.Financing.Api;

/// <summary>The answer to every command: the stream written and its new version (also sent as ETag).</summary>
public sealed record Written(Guid Id, long Version);
