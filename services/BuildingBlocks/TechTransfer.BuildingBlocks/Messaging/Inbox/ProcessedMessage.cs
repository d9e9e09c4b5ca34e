namespace TechTransfer.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// The inbox: one row per message a consumer has handled, written in the same transaction as the
/// consumer's own changes. Its id is consumer + message id, so two consumers of one message each act once.
/// </summary>
public sealed record ProcessedMessage(string Id, string Consumer, Guid MessageId, string MessageType, DateTimeOffset ProcessedAt)
{
    public static string KeyFor(Type consumer, Guid messageId) => $"{consumer.Name}:{messageId:N}";
}
