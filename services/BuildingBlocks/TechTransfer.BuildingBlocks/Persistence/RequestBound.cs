namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// The bound of one request (set by the HTTP layer's request bounds): its token, cancelled when the caller leaves or the bound is
/// reached, and what is left of it for the request's database commands (<see cref="TracingSessionFactory"/>).
/// </summary>
public sealed class RequestBound : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _callers;
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();

    public RequestBound(TimeSpan timeout, CancellationToken callers)
    {
        (Timeout, _callers) = (timeout, callers);
        _source = CancellationTokenSource.CreateLinkedTokenSource(callers);
        _source.CancelAfter(timeout);
    }

    public TimeSpan Timeout { get; }

    /// <summary>What is left of the bound, as a command timeout (whole seconds, at least one).</summary>
    public int RemainingSeconds => Math.Max(1, (int)Math.Ceiling((Timeout - System.Diagnostics.Stopwatch.GetElapsedTime(_started)).TotalSeconds));

    public CancellationToken Token => _source.Token;

    /// <summary>The bound was reached while the caller still waited.</summary>
    public bool Exceeded => _source.IsCancellationRequested && !_callers.IsCancellationRequested;

    public void Dispose() => _source.Dispose();
}
