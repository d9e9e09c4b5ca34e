using JasperFx;
using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace TechTransfer.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// Base for every consumer whose effect must happen once. The message id goes into the inbox
/// (<see cref="ProcessedMessage"/>) in the same Marten transaction as <see cref="HandleAsync"/>'s writes:
/// either both commit or neither does. A redelivered message is acknowledged without a second effect,
/// including when two deliveries race (the inbox insert of the loser fails on its primary key).
/// </summary>
public abstract class IdempotentConsumer<TMessage>(ISessionFactory sessions, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} has no MessageId, so it cannot be de-duplicated.");
        var key = ProcessedMessage.KeyFor(GetType(), messageId);

        // A fresh session per attempt: a retry must not inherit the pending writes of the failed one.
        await using var session = sessions.OpenSession();
        if (await session.LoadAsync<ProcessedMessage>(key, context.CancellationToken) is not null)
        {
            logger.LogInformation("Message {MessageId} was already handled by {Consumer}; acknowledged without effect", messageId, GetType().Name);
            return;
        }

        session.Insert(new ProcessedMessage(key, GetType().Name, messageId, typeof(TMessage).Name, DateTimeOffset.UtcNow));
        await HandleAsync(context.Message, session, context);
        try
        {
            await session.SaveChangesAsync(context.CancellationToken);
        }
        catch (DocumentAlreadyExistsException)
        {
            logger.LogInformation("Message {MessageId} was handled concurrently by another delivery; this one is dropped", messageId);
        }
    }

    /// <summary>Do the consumer's work through <paramref name="session"/> only; do not save it (the base does).</summary>
    protected abstract Task HandleAsync(TMessage message, IDocumentSession session, ConsumeContext<TMessage> context);
}
