using Refit;

namespace TechTransfer.Client.Disclosures;

/// <summary>A marketed technology as partners see it: non-confidential fields only.</summary>
public sealed record CatalogueItem(
    Guid Id, string Title, string Summary, IReadOnlyList<string> Applications, IReadOnlyList<string> Keywords,
    string Facility, string Field, string Phase, DateTimeOffset? PublishedAt);

public sealed record CataloguePage(IReadOnlyList<CatalogueItem> Items, int Page, int PageSize, long Total);

/// <summary>
/// Catalogue filters, all optional, combined with AND. <see cref="Q"/> is web-style free text (words,
/// <c>"a phrase"</c>, <c>or</c>, <c>-not</c>); <see cref="Phase"/> one of <see cref="Phases"/>.
/// </summary>
public sealed record CatalogueQuery
{
    [AliasAs("q")] public string? Q { get; init; }
    [AliasAs("keyword")] public string? Keyword { get; init; }
    [AliasAs("field")] public string? Field { get; init; }
    [AliasAs("facility")] public string? Facility { get; init; }
    [AliasAs("phase")] public string? Phase { get; init; }

    /// <summary>From 1.</summary>
    [AliasAs("page")] public int? Page { get; init; }

    /// <summary>1 to 100 (20 by default).</summary>
    [AliasAs("pageSize")] public int? PageSize { get; init; }
}
