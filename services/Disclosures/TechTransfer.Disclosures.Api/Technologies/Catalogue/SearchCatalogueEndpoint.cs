using System.ComponentModel.DataAnnotations;
using Marten;
using Marten.Linq;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using NotFound = TechTransfer.BuildingBlocks.Domain.NotFound;
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

/// <summary>Search filters; all optional, combined with AND.</summary>
public sealed record CatalogueSearch(
    [StringLength(100)] string? Keyword = null,
    [StringLength(100)] string? Field = null,
    [StringLength(100)] string? Facility = null,
    Phase? Phase = null,
    [Range(1, 10_000)] int Page = 1,
    [Range(1, 100)] int PageSize = 20);

public static class SearchCatalogueEndpoint
{
    public static void MapCatalogue(this RouteGroupBuilder group)
    {
        group.MapGet("/", SearchAsync)
            .WithName("SearchCatalogue")
            .RequireRoles(Roles.Partner, Roles.Staff)
            .WithSummary("The public catalogue: marketed technologies only, non-confidential fields only; by keyword, field, facility and phase, paged.")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<CatalogueItem>> (Guid id, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<CatalogueEntry>(id, ct) is { Marketed: true } entry
                    ? TypedResults.Ok(CatalogueItem.From(entry))
                    // Unmarketed and unknown look the same: partners must not learn what is in the pipeline.
                    : throw new NotFound("Catalogue entry", id))
            .WithName("GetCatalogueEntry")
            .RequireRoles(Roles.Partner, Roles.Staff)
            .WithSummary("One marketed technology as partners see it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<CataloguePage>> SearchAsync([AsParameters] CatalogueSearch search, IQuerySession session, CancellationToken ct)
    {
        // Every filter is on an indexed column (see DisclosuresModule); keywords use the GIN index of the document.
        IQueryable<CatalogueEntry> query = session.Query<CatalogueEntry>().Stats(out var stats).Where(e => e.Marketed);
        if (Normalised(search.Keyword) is { } keyword) query = query.Where(e => e.Keywords.Contains(keyword));
        if (Normalised(search.Field) is { } field) query = query.Where(e => e.FieldKey == field);
        if (Normalised(search.Facility) is { } facility) query = query.Where(e => e.FacilityKey == facility);
        if (search.Phase is { } phase) query = query.Where(e => e.Phase == phase);

        var entries = await query.OrderByDescending(e => e.PublishedAt).ThenBy(e => e.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new CataloguePage([.. entries.Select(CatalogueItem.From)], search.Page, search.PageSize, stats.TotalResults));
    }

    private static string? Normalised(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
