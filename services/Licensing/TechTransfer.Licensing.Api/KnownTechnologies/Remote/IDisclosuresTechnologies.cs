using Refit;

namespace TechTransfer.Licensing.Api.KnownTechnologies.Remote;

/// <summary>
/// The one Disclosures endpoint Licensing calls: <c>GET /technologies/{id}</c> (staff only; Disclosures audits the
/// read). Only the fields Licensing needs are read; the confidential ones in the answer are ignored and never stored.
/// </summary>
public interface IDisclosuresTechnologies
{
    [Get("/technologies/{id}")]
    Task<RemoteTechnology> GetTechnologyAsync(Guid id, CancellationToken ct);
}

public sealed record RemoteTechnology(
    Guid Id, string Title, string Facility, string? Field, DateTimeOffset DisclosedAt, IReadOnlyList<RemoteInventor>? Inventors,
    RemoteOwnership? Ownership, RemoteMarketing? Marketing, RemoteAbandonment? Abandonment);

public sealed record RemoteInventor(Guid InventorId, decimal Share);

public sealed record RemoteOwnership(IReadOnlyList<RemoteOwner> Owners, string AgreementReference, DateTimeOffset At);

public sealed record RemoteOwner(string Name, string Kind, decimal Share);

public sealed record RemoteMarketing(string PublicTitle, DateTimeOffset At);

public sealed record RemoteAbandonment(DateTimeOffset At);
