using System.ComponentModel.DataAnnotations;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.ListTechnologies;

/// <summary>A line of the office's portfolio: no description, no inventors, so listing is not a confidential read.</summary>
public sealed record TechnologySummary(
    Guid Id, string Title, string Facility, string Field, Phase Phase, DateTimeOffset DisclosedAt, bool Assessed, bool IpOwnershipAgreed,
    bool Marketed, int Transfers, bool Abandoned, long Version)
{
    public static TechnologySummary From(Technology t) =>
        new(t.Id, t.Title, t.Facility, t.Field, t.Phase, t.DisclosedAt, t.Assessment is not null, t.Ownership is not null, t.Marketing is not null,
            t.Transfers.Count, t.Abandonment is not null, t.Version);
}

public sealed record TechnologyPage(IReadOnlyList<TechnologySummary> Items, int Page, int PageSize, long Total);

public static class ListTechnologiesEndpoint
{
    public static void MapListTechnologies(this RouteGroupBuilder group) =>
        group.MapGet("/", ListAsync)
            .WithName("ListTechnologies")
            .RequireRoles(Roles.Staff)
            .WithSummary("The office's portfolio, newest disclosure first: by exact title, facility and phase, paged. Summaries only (the full record is GET /technologies/{id}).")
            .ProducesValidationProblem();

    private static async Task<Ok<TechnologyPage>> ListAsync(
        IQuerySession session,
        CancellationToken ct,
        [StringLength(300)] string? title = null,
        [StringLength(100)] string? facility = null,
        Phase? phase = null,
        [Range(1, 10_000)] int page = 1,
        [Range(1, 100)] int pageSize = 20)
    {
        // Indexed columns only (see DisclosuresModule).
        IQueryable<Technology> query = session.Query<Technology>().Stats(out var stats);
        if (!string.IsNullOrWhiteSpace(title)) query = query.Where(t => t.Title == title.Trim());
        if (!string.IsNullOrWhiteSpace(facility)) query = query.Where(t => t.Facility == facility.Trim());
        if (phase is { } p) query = query.Where(t => t.Phase == p);
        var technologies = await query.OrderByDescending(t => t.DisclosedAt).ThenBy(t => t.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return TypedResults.Ok(new TechnologyPage([.. technologies.Select(TechnologySummary.From)], page, pageSize, stats.TotalResults));
    }
}
