using JasperFx;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// Base for every consumer whose effect must happen once. The message id goes into the inbox
/// (<see cref="ProcessedMessage"/>) in the same Marten transaction as <see cref="HandleAsync"/>'s writes:
/// either both commit or neither does. A redelivered message is acknowledged without a second effect,
/// including when two deliveries race (the inbox insert of the loser fails on its primary key).
/// The inbox row is stamped with the service's <see cref="TimeProvider"/> (from the consume scope; the system clock
/// when there is none), like every other time the service records.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(ISessionFactory sessions, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} has no MessageId, so it cannot be de-duplicated.");
        var key = ProcessedMessage.KeyFor(GetType(), messageId);
        var clock = Clock(context);

        for (var attempt = 1; ; attempt++)
        {
            // A fresh session per attempt: a retry must not inherit the pending writes of the failed one.
            await using var session = sessions.OpenSession();
            if (await session.LoadAsync<ProcessedMessage>(key, context.CancellationToken) is not null)
            {
                logger.LogInformation("Message {MessageId} was already handled by {Consumer}; acknowledged without effect", messageId, GetType().Name);
                return;
            }

            session.Insert(new ProcessedMessage(key, GetType().Name, messageId, typeof(TMessage).Name, clock.GetUtcNow()));
            try
            {
                await HandleAsync(context.Message, session, context);
                await session.SaveChangesAsync(context.CancellationToken);
                return;
            }
            catch (DocumentAlreadyExistsException)
            {
                if (await HandledAsync(key, context.CancellationToken))
                {
                    logger.LogInformation("Message {MessageId} was handled concurrently by another delivery; this one is dropped", messageId);
                    return;
                }
                // Not the inbox row: a document the handling inserts was created meanwhile by another message.
                if (attempt >= ConflictAttempts) throw;
                await WriteConflicts.BackOffAsync(attempt, context.CancellationToken);
            }
            catch (Exception e) when (attempt < ConflictAttempts && WriteConflicts.IsConflict(e))
            {
                // Another writer (often another consumer reporting on the same stream) committed first: decide
                // again on fresh state here, rather than spend the bus's few retries on an ordinary race.
                await WriteConflicts.BackOffAsync(attempt, context.CancellationToken);
            }
        }
    }

    /// <summary>The clock registered in the consumer's scope (every service registers one), else the system's.</summary>
    private static TimeProvider Clock(ConsumeContext context) =>
        (context.TryGetPayload<IServiceProvider>(out var services) ? services.GetService<TimeProvider>() : null)
        ?? (context.TryGetPayload<IServiceScope>(out var scope) ? scope.ServiceProvider.GetService<TimeProvider>() : null)
        ?? TimeProvider.System;

    /// <summary>Whether the inbox holds the message: a document that already exists was then the inbox row, not the consumer's own.</summary>
    private async Task<bool> HandledAsync(string key, CancellationToken ct)
    {
        await using var session = sessions.QuerySession();
        return await session.LoadAsync<ProcessedMessage>(key, ct) is not null;
    }

    /// <summary>How often a message is handled again in place after losing a race on a stream or document.</summary>
    public const int ConflictAttempts = 10;

    /// <summary>Do the consumer's work through <paramref name="session"/> only; do not save it (the base does).</summary>
    protected abstract Task HandleAsync(TMessage message, IDocumentSession session, ConsumeContext<TMessage> context);
}
