namespace TechTransfer.Client.Admin;

/// <summary>One of the service's queues and how many poison messages its error queue holds.</summary>
public sealed record DeadLetterQueue(string Queue, string ErrorQueue, uint Messages);

/// <summary>A parked message and why it failed.</summary>
public sealed record DeadLetter(string? MessageId, string? MessageType, string? Reason, string? ExceptionType, string? ExceptionMessage);

/// <summary>How many parked messages went back to their queue.</summary>
public sealed record Replayed(string Queue, int Messages);
