using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>Load, decide, append: the one path every write to a technology takes.</summary>
public static class TechnologyStream
{
    /// <summary>
    /// Fetches the technology for writing, checks If-Match, runs the pure decision and appends all its events
    /// at once (or none, when the decision throws). Marten checks the fetched version again at commit, so a
    /// concurrent change is refused (409) rather than lost. Returns the version after the append.
    /// </summary>
    public static Task<long> DecideAsync(
        this IDocumentSession session, Guid id, long? expectedVersion, Func<Technology, IReadOnlyList<object>> decide, CancellationToken ct)
        => session.DecideAsync(id, expectedVersion, decide, "Technology", ct);

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
        catch (NotFoundException)
        {
            throw new DomainRuleViolation("technology-is-known", $"No technology {id} was disclosed here.");
        }
    }

    /// <summary>A staff command over HTTP: decide with If-Match, save, answer with the new version and its ETag.</summary>
    public static Task<Ok<Written>> WriteAsync(
        this IDocumentSession session, Guid id, HttpContext http, Func<Technology, IReadOnlyList<object>> decide, CancellationToken ct)
        => session.WriteAsync(id, http, decide, "Technology", ct);
}
