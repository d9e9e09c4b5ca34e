using Refit;

namespace TechTransfer.Licensing.Api.KnownTechnologies.Remote;

/// <summary>
/// The Disclosures endpoints Licensing calls: <c>GET /technologies/{id}</c> (staff only; Disclosures audits the read)
/// when signing, and <c>GET /catalogue/{id}</c> (partners and staff: the public catalogue) when a partner registers
/// interest. Only the fields Licensing needs are read; the confidential ones in the answer are ignored and never stored.
/// </summary>
public interface IDisclosuresTechnologies
{
    [Get("/technologies/{id}")]
    Task<RemoteTechnology> GetTechnologyAsync(Guid id, CancellationToken ct);

    [Get("/catalogue/{id}")]
    Task<RemoteCatalogueEntry> GetCatalogueEntryAsync(Guid id, CancellationToken ct);
}

/// <summary>A technology as the public catalogue lists it (a 404 means it is not in the catalogue, whatever the reason).</summary>
public sealed record RemoteCatalogueEntry(Guid Id, string Title, string Facility, string? Field, DateTimeOffset? PublishedAt);

public sealed record RemoteTechnology(
    Guid Id, string Title, string Facility, string? Field, DateTimeOffset DisclosedAt, IReadOnlyList<RemoteInventor>? Inventors,
    RemoteOwnership? Ownership, RemoteMarketing? Marketing, RemoteAbandonment? Abandonment);

public sealed record RemoteInventor(Guid InventorId, decimal Share);

public sealed record RemoteOwnership(IReadOnlyList<RemoteOwner> Owners, string AgreementReference, DateTimeOffset At);

public sealed record RemoteOwner(string Name, string Kind, decimal Share);

public sealed record RemoteMarketing(string PublicTitle, DateTimeOffset At);

public sealed record RemoteAbandonment(DateTimeOffset At);
