namespace TechTransfer.Disclosures.Api.Technologies.Catalogue;

/// <summary>
/// A technology as partners may see it. Built only from non-confidential fields: it never holds the
/// description, the internal title, inventors or unfiled IP, so no query on it can leak them.
/// Listed only once <see cref="Marketed"/>.
/// </summary>
public sealed record CatalogueEntry
{
    public Guid Id { get; init; }
    public bool Marketed { get; init; }
    public string Facility { get; init; } = "";
    public string Field { get; init; } = "";
    public Phase Phase { get; init; } = Phase.FacilityRnD;
    public string PublicTitle { get; init; } = "";
    public string Summary { get; init; } = "";
    public IReadOnlyList<string> Applications { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Lower-case copies of facility and field: indexed, so searches ignore case and stay cheap.</summary>
    public string FacilityKey { get; init; } = "";

    public string FieldKey { get; init; } = "";
}
