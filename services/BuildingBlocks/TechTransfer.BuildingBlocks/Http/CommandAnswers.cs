using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.BuildingBlocks.Http;

/// <summary>The HTTP side of the write path: the write a request asks for (its If-Match) and the answer (the new version, also as ETag).</summary>
public static class CommandAnswers
{
    /// <summary>A write to stream <paramref name="id"/> at the version the caller's If-Match names (any version when it sent none).</summary>
    public static StreamWrite<TAggregate> Write<TAggregate>(this HttpContext http, Guid id, OnConflict onConflict) where TAggregate : class =>
        new(id, http.Request.ExpectedVersion(), onConflict);

    /// <summary>200 with the stream's id and new version.</summary>
    public static Ok<Written> Answer(this HttpContext http, StreamWritten written)
    {
        http.Response.SetETag(written.Version);
        return TypedResults.Ok(new Written(written.Id, written.Version));
    }

    /// <summary>200 with what the caller needs of the write (an id made for it, an amount the decision computed).</summary>
    public static Ok<TAnswer> Answer<TWritten, TAnswer>(this HttpContext http, TWritten written, Func<TWritten, TAnswer> answer) where TWritten : StreamWritten
    {
        http.Response.SetETag(written.Version);
        return TypedResults.Ok(answer(written));
    }

    /// <summary>201 at <paramref name="location"/> for a stream just started.</summary>
    public static Created<Written> Created(this HttpContext http, StreamWritten written, string location)
    {
        http.Response.SetETag(written.Version);
        return TypedResults.Created(location, new Written(written.Id, written.Version));
    }
}
