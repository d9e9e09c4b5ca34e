using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.BuildingBlocks.Http;

/// <summary>The HTTP side of a command on an event stream: save, answer with the new version and its ETag.</summary>
public static class StreamCommands
{
    /// <summary>Starts a stream with the decided events and answers 201 at <paramref name="location"/>.</summary>
    public static async Task<Created<Written>> StartAsync<TAggregate>(
        this IDocumentSession session, Guid id, IReadOnlyList<object> events, string location, HttpResponse response, CancellationToken ct)
        where TAggregate : class
    {
        session.Events.StartStream<TAggregate>(id, events);
        await session.SaveChangesAsync(ct);
        response.SetETag(events.Count);
        return TypedResults.Created(location, new Written(id, events.Count));
    }

    /// <summary>Decides on the current state with the caller's If-Match (<see cref="StreamDecisions.DecideAsync{T}"/>), saves and answers 200.</summary>
    public static async Task<Ok<Written>> WriteAsync<TAggregate>(
        this IDocumentSession session, Guid id, HttpContext http, Func<TAggregate, IReadOnlyList<object>> decide, string what, CancellationToken ct)
        where TAggregate : class
    {
        var version = await session.DecideAsync(id, http.Request.ExpectedVersion(), decide, what, ct);
        await session.SaveChangesAsync(ct);
        http.Response.SetETag(version);
        return TypedResults.Ok(new Written(id, version));
    }
}
