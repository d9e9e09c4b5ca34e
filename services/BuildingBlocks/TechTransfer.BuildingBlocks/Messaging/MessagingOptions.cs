namespace TechTransfer.BuildingBlocks.Messaging;

/// <summary>Settings under <c>Messaging</c>.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Prefix of this service's queue names; defaults to the context name (e.g. <c>licensing</c>).</summary>
    public string? QueuePrefix { get; set; }

    /// <summary>Immediate redeliveries of a failing message before it goes to the error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);
}
