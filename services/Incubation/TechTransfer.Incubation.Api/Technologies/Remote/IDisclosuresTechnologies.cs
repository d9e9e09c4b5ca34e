using Refit;

namespace TechTransfer.Incubation.Api.Technologies.Remote;

/// <summary>
/// The one Disclosures endpoint Incubation calls: <c>GET /technologies/{id}/facts</c>, open to staff and incubator
/// managers because it holds only what Disclosures publishes on the bus (never the confidential record).
/// </summary>
public interface IDisclosuresTechnologies
{
    [Get("/technologies/{id}/facts")]
    Task<RemoteTechnologyFacts> GetTechnologyFactsAsync(Guid id, CancellationToken ct);
}

public sealed record RemoteTechnologyFacts(Guid Id, string Title, string Facility, DateTimeOffset DisclosedAt, RemoteIpAgreement? IpOwnership);

public sealed record RemoteIpAgreement(string AgreementReference, DateTimeOffset AgreedAt);
