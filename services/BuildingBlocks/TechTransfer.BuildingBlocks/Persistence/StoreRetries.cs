using JasperFx.Events.Daemon;
using Marten.Exceptions;
using Npgsql;
using Polly;
using Polly.Retry;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// Marten's retries of reads, minus timeouts: its default retries every <see cref="NpgsqlException"/> three times, a command
/// or connect timeout among them, so a read from a frozen database waited four timeouts where one already says the
/// database does not answer. Quick faults (a dropped connection, a refused one) are still retried. Commits keep Marten's
/// own write pipeline, which never replays a commit whose outcome is unknown; a cancelled caller is never retried.
/// </summary>
internal static class StoreRetries
{
    public static void Configure(ResiliencePipelineBuilder pipeline) => pipeline.AddRetry(new RetryStrategyOptions
    {
        ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsWorthRetrying(e)),
        MaxRetryAttempts = 3,
        Delay = TimeSpan.FromMilliseconds(50),
        BackoffType = DelayBackoffType.Exponential,
    });

    private static bool IsWorthRetrying(Exception exception) =>
        exception is NpgsqlException or MartenCommandException or EventLoaderException && !TimedOut(exception);

    private static bool TimedOut(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is TimeoutException or OperationCanceledException) return true;
        return false;
    }
}
