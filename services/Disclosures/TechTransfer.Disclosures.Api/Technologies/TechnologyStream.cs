using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using NotFound = TechTransfer.BuildingBlocks.Domain.NotFound;
using TechTransfer.BuildingBlocks.Http;

namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>The answer to every staff command: the technology and its new version (also sent as ETag).</summary>
public sealed record Written(Guid Id, long Version);

/// <summary>Load, decide, append: the one path every write to a technology takes.</summary>
public static class TechnologyStream
{
    /// <summary>
    /// Fetches the technology for writing, checks If-Match, runs the pure decision and appends all its events
    /// at once (or none, when the decision throws). Marten checks the fetched version again at commit, so a
    /// concurrent change is refused (409) rather than lost. Returns the version after the append.
    /// </summary>
    public static async Task<long> DecideAsync(
        this IDocumentSession session, Guid id, long? expectedVersion, Func<Technology, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Technology>(id, ct);
        var technology = stream.Aggregate ?? throw new NotFound("Technology", id);
        var current = stream.CurrentVersion ?? 0;
        if (expectedVersion is { } expected && expected != current) throw new PreconditionFailed(expected, current);

        var events = decide(technology);
        if (events.Count == 0) return current;
        stream.AppendMany(events);
        return current + events.Count;
    }

    /// <summary>
    /// What another service reports about a technology (consumers; the caller's base class saves). An unknown
    /// technology is a broken rule, not a transient fault: the message goes to the error queue without retries.
    /// </summary>
    public static async Task DecideReportedAsync(
        this IDocumentSession session, Guid id, Func<Technology, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        try
        {
            await session.DecideAsync(id, null, decide, ct);
        }
        catch (NotFound)
        {
            throw new DomainRuleViolation("technology-is-known", $"No technology {id} was disclosed here.");
        }
    }

    /// <summary>A staff command over HTTP: decide with If-Match, save, answer with the new version and its ETag.</summary>
    public static async Task<Ok<Written>> WriteAsync(
        this IDocumentSession session, Guid id, HttpContext http, Func<Technology, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        var version = await session.DecideAsync(id, http.Request.ExpectedVersion(), decide, ct);
        await session.SaveChangesAsync(ct);
        http.Response.SetETag(version);
        return TypedResults.Ok(new Written(id, version));
    }

    /// <summary>The ProblemDetails a staff command may answer with, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesCommandProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
