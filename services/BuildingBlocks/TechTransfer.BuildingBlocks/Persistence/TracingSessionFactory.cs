using System.Diagnostics;
using Marten;
using Microsoft.AspNetCore.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// Opens lightweight sessions that stamp the current trace onto every event they append, so the
/// outbox publisher can continue the same trace when it publishes the event later, on another thread;
/// and the caller's name, so every event says who did it.
/// </summary>
public sealed class TracingSessionFactory(IDocumentStore store, IHttpContextAccessor http) : ISessionFactory
{
    public const string TraceParentHeader = "traceparent";

    public IQuerySession QuerySession() => store.QuerySession();

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession();
        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } caller) session.LastModifiedBy = caller.Actor();
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            session.CorrelationId = activity.TraceId.ToString();
            session.SetHeader(TraceParentHeader, activity.Id!);
        }
        return session;
    }
}
