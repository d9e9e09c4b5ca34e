using System.Diagnostics.Metrics;
using Marten;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using TechTransfer.BuildingBlocks.Observability;
using TechTransfer.BuildingBlocks.Runtime;

namespace TechTransfer.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Watches the outbox from the database, so every node sees the same thing whichever one publishes: the newest event
/// against the publisher's saved position. The lag and how long the position has stood still while events wait are
/// metrics (<c>techtransfer.outbox.lag</c>, <c>techtransfer.outbox.stalled</c>), and readiness fails when the outbox is
/// stuck while the broker is connected: a publisher that stopped moving needs to be seen, not to hang quietly.
/// </summary>
public sealed class OutboxMonitor : BackgroundService, IHealthCheck
{
    public static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(5);

    private readonly IDocumentStore _store;
    private readonly NpgsqlDataSource _database;
    private readonly IBusControl _bus;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _stallAfter;
    private readonly ILogger<OutboxMonitor> _logger;
    private readonly string _events;
    private readonly Meter _meter = new(Telemetry.SourceName);
    private Sample? _last;

    private sealed record Sample(long Newest, long Position, DateTimeOffset MovedAt, DateTimeOffset TakenAt);

    public OutboxMonitor(IDocumentStore store, NpgsqlDataSource database, IBusControl bus, TimeProvider clock, MessagingOptions options, ServiceInfo service,
        ILogger<OutboxMonitor> logger)
    {
        (_store, _database, _bus, _clock, _stallAfter, _logger) = (store, database, bus, clock, options.OutboxStallAfter, logger);
        _events = $"{service.Schema}.mt_events";
        _meter.CreateObservableGauge("techtransfer.outbox.lag", () => _last is { } s ? s.Newest - s.Position : 0, "{event}",
            "Events committed that the outbox publisher has not passed yet.");
        _meter.CreateObservableGauge("techtransfer.outbox.stalled", () => Stalled(_last)?.TotalSeconds ?? 0, "s",
            "How long the publisher's position has not moved while events wait behind it.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SampleEvery, _clock);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database being down is readiness's business (its own check); the next sample tries again.
                _logger.LogDebug(e, "Could not sample the outbox");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task SampleAsync(CancellationToken ct)
    {
        await using var command = _database.CreateCommand($"select coalesce(max(seq_id), 0) from {_events}");
        var newest = Convert.ToInt64(await command.ExecuteScalarAsync(ct));
        var progress = await _store.Advanced.AllProjectionProgress(token: ct);
        var position = progress.Where(p => p.ShardName.StartsWith(ContractEventPublisher.SubscriptionName, StringComparison.Ordinal))
            .Select(p => p.Sequence).DefaultIfEmpty(0).Max();
        var now = _clock.GetUtcNow();
        var movedAt = _last is { } last && last.Position == position && last.Newest > last.Position ? last.MovedAt : now;
        _last = new Sample(newest, position, movedAt, now);
        if (Stalled(_last) is { } stalled)
            _logger.LogWarning("The outbox has not moved for {Stalled}: at event {Position}, {Lag} committed event(s) wait behind it",
                stalled, position, newest - position);
    }

    /// <summary>How long the position has stood still with events waiting, once that is longer than allowed; else null.</summary>
    private TimeSpan? Stalled(Sample? sample) =>
        sample is { } s && s.Newest > s.Position && s.TakenAt - s.MovedAt >= _stallAfter ? s.TakenAt - s.MovedAt : null;

    public override void Dispose()
    {
        _meter.Dispose();
        base.Dispose();
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Stalled(_last) is not { } stalled)
            return Task.FromResult(HealthCheckResult.Healthy(_last is { } s ? $"{s.Newest - s.Position} event(s) to publish." : "Not sampled yet."));
        var lag = _last!.Newest - _last.Position;
        // Waiting for a broker that is away is what the outbox is for: degraded, still able to take writes.
        return Task.FromResult(_bus.CheckHealth().Status == BusHealthStatus.Healthy
            ? HealthCheckResult.Unhealthy($"The outbox has not moved for {stalled.TotalSeconds:0} s with {lag} event(s) waiting while the broker is connected.")
            : HealthCheckResult.Degraded($"The outbox waits for the broker: {lag} event(s) to publish."));
    }
}
