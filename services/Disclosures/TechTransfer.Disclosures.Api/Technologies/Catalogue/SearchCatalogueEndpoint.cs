using System.ComponentModel.DataAnnotations;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.Catalogue;

/// <summary>A technology in the public catalogue: what partners see, nothing more.</summary>
public sealed record CatalogueItem(
    Guid Id, string Title, string Summary, IReadOnlyList<string> Applications, IReadOnlyList<string> Keywords,
    string Facility, string Field, Phase Phase, DateTimeOffset? PublishedAt)
{
    public static CatalogueItem From(CatalogueEntry e) =>
        new(e.Id, e.PublicTitle, e.Summary, e.Applications, e.Keywords, e.Facility, e.Field, e.Phase, e.PublishedAt);
}

public sealed record CataloguePage(IReadOnlyList<CatalogueItem> Items, int Page, int PageSize, long Total);

public static class SearchCatalogueEndpoint
{
    public static void MapCatalogue(this RouteGroupBuilder group)
    {
        group.MapGet("/", SearchAsync)
            .WithName("SearchCatalogue")
            .RequireRoles(Roles.Partner, Roles.Staff)
            .WithSummary("The public catalogue: marketed technologies only, non-confidential fields only; by free text (q: words, \"a phrase\", or, -not), keyword, field, facility and phase, paged.")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<CatalogueItem>> (Guid id, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<CatalogueEntry>(id, ct) is { Marketed: true } entry
                    ? TypedResults.Ok(CatalogueItem.From(entry))
                    // Unmarketed and unknown look the same: partners must not learn what is in the pipeline.
                    : throw new NotFoundException("Catalogue entry", id))
            .WithName("GetCatalogueEntry")
            .RequireRoles(Roles.Partner, Roles.Staff)
            .WithSummary("One marketed technology as partners see it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// Filters are optional and combine with AND. (Plain parameters, not an [AsParameters] record: with validation
    /// attributes on such a record, ASP.NET Core 10's OpenAPI generator fails with an InvalidCastException.)
    /// </summary>
    private static async Task<Ok<CataloguePage>> SearchAsync(
        IQuerySession session,
        CancellationToken ct,
        [StringLength(200)] string? q = null,
        [StringLength(100)] string? keyword = null,
        [StringLength(100)] string? field = null,
        [StringLength(100)] string? facility = null,
        Phase? phase = null,
        [Range(1, 10_000)] int page = 1,
        [Range(1, 100)] int pageSize = 20)
    {
        // Every filter is on an indexed column (see DisclosuresModule); keywords use the GIN index of the document.
        IQueryable<CatalogueEntry> query = session.Query<CatalogueEntry>().Stats(out var stats).Where(e => e.Marketed);
        // Web-style search (PostgreSQL websearch_to_tsquery, English stemming) on the entry's full-text index.
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(e => e.WebStyleSearch(q.Trim()));
        if (Normalised(keyword) is { } k) query = query.Where(e => e.Keywords.Contains(k));
        if (Normalised(field) is { } f) query = query.Where(e => e.FieldKey == f);
        if (Normalised(facility) is { } at) query = query.Where(e => e.FacilityKey == at);
        if (phase is { } p) query = query.Where(e => e.Phase == p);

        var entries = await query.OrderByDescending(e => e.PublishedAt).ThenBy(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return TypedResults.Ok(new CataloguePage([.. entries.Select(CatalogueItem.From)], page, pageSize, stats.TotalResults));
    }

    private static string? Normalised(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
