using System.Diagnostics;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// Opens lightweight sessions that stamp the current trace onto every event they append, so the
/// outbox publisher can continue the same trace when it publishes the event later, on another thread;
/// and the caller's name, so every event says who did it; and, in a request, the request's bound.
/// </summary>
public sealed class TracingSessionFactory(IDocumentStore store, IHttpContextAccessor http) : ISessionFactory
{
    public const string TraceParentHeader = "traceparent";

    public IQuerySession QuerySession() => store.QuerySession(Options());

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession(Options());
        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } caller) session.LastModifiedBy = caller.Actor();
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            session.CorrelationId = activity.TraceId.ToString();
            session.SetHeader(TraceParentHeader, activity.Id!);
        }
        return session;
    }

    /// <summary>
    /// In a request, every command gives up with the request's bound: the token alone does not do it, because Npgsql
    /// ignores a cancelled token while it waits for the answer to a transaction's BEGIN (sent ahead of a commit's first
    /// command), so a write on a frozen database waited the connection's whole 30 s command timeout.
    /// </summary>
    private SessionOptions Options() =>
        http.HttpContext?.Features.Get<RequestBound>() is { } bound ? new SessionOptions { Timeout = bound.RemainingSeconds } : new SessionOptions();
}
