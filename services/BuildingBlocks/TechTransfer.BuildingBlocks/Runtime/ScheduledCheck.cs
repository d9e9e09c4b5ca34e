using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TechTransfer.BuildingBlocks.Runtime;

/// <summary>
/// Work the service does on its own schedule, never on a request (rounds failing at their deadline, licences
/// expiring): once at start, then every <c>interval</c> on <see cref="TimeProvider"/>, so tests can move the clock.
/// A failed pass is logged and the next tick tries again; a pass must be idempotent and safe on several nodes.
/// </summary>
public abstract class ScheduledCheck(TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;
    protected ILogger Logger { get; } = logger;

    /// <summary>What the check is called in the logs ("the deadline check").</summary>
    protected abstract string Name { get; }

    /// <summary>One pass; returns how many things it changed.</summary>
    public abstract Task<int> RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, Clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Logger.LogWarning(e, "{Check} failed; it runs again in {Interval}", Name, interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
