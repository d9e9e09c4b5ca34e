using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.Logging;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// The async daemon's log (Marten writes it as <see cref="ProjectionCoordinator"/>), with one warning logged as information:
/// the high-water detector skipping a sequence gap that no live transaction can fill any more. Such a gap is the sequence
/// numbers of appends that rolled back (every append that loses a race in quick append burns one). EventStore sets
/// UseTransactionEvidenceForGapSkipping and no SkipStaleGapsDespiteLiveTransactionsAfter cap, so a gap is skipped only once
/// PostgreSQL shows no transaction that could still commit into it: no committed event is passed over, the outbox loses
/// nothing (OutboxPublisherTests: the gap of a rolled-back append is skipped, a late commit is waited for). A skip despite
/// a live transaction and a long hold before a gap stay warnings: those would be a problem.
/// </summary>
internal sealed class DaemonLogger(ILoggerFactory factory) : ILogger<ProjectionCoordinator>
{
    public const string DeadGapSkipped = "Daemon high water detection is skipping the event sequence range";

    private readonly ILogger _inner = factory.CreateLogger<ProjectionCoordinator>();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _inner.Log(logLevel == LogLevel.Warning && IsDeadGapSkip(state) ? LogLevel.Information : logLevel, eventId, state, exception, formatter);

    private static bool IsDeadGapSkip<TState>(TState state) =>
        state is IReadOnlyList<KeyValuePair<string, object?>> values
        && values.Any(v => v is { Key: "{OriginalFormat}", Value: string format } && format.StartsWith(DeadGapSkipped, StringComparison.Ordinal));
}
