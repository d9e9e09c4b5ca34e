using System.Diagnostics;
using Marten;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// Opens lightweight sessions that stamp the current trace onto every event they append, so the
/// outbox publisher can continue the same trace when it publishes the event later, on another thread.
/// </summary>
public sealed class TracingSessionFactory(IDocumentStore store) : ISessionFactory
{
    public const string TraceParentHeader = "traceparent";

    public IQuerySession QuerySession() => store.QuerySession();

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession();
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            session.CorrelationId = activity.TraceId.ToString();
            session.SetHeader(TraceParentHeader, activity.Id!);
        }
        return session;
    }
}
