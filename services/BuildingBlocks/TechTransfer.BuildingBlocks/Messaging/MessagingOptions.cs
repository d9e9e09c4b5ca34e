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

    /// <summary>
    /// How long a consumer keeps retrying a message that fails because the database or the broker is away (an
    /// outage is not a poison message: it is waited out, then handled), and the longest pause between tries.
    /// </summary>
    public TimeSpan OutageRetryFor { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan OutageRetryMaxInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long the outbox waits for the broker to confirm one publish before it gives up on that attempt and
    /// publishes again (on whatever channel the bus has then): a confirm lost with a dead channel never comes.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The outbox counts as stuck when its position has not moved for this long while events wait behind it.</summary>
    public TimeSpan OutboxStallAfter { get; set; } = TimeSpan.FromSeconds(60);
}
