namespace TechTransfer.BuildingBlocks.Http.Owners;

/// <summary>The service that owns a fact a command needs cannot be asked right now: HTTP 503 with Retry-After, naming <paramref name="rule"/>.</summary>
public sealed class OwnerUnavailableException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
