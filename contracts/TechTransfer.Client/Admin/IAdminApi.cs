using Refit;

namespace TechTransfer.Client.Admin;

/// <summary>
/// The operations every service exposes: dead letters (admin role) and, on the issuing service (Disclosures),
/// API keys (staff). Registered once per configured service, keyed by its <see cref="TechTransferServices"/> name:
/// <c>provider.GetRequiredKeyedService&lt;IAdminApi&gt;(TechTransferServices.Financing)</c>.
/// </summary>
public interface IAdminApi
{
    /// <summary>Issue a key to a partner organisation (Disclosures only). The key is in this answer only.</summary>
    [Post("/admin/api-keys")]
    Task<IssuedApiKey> IssueApiKeyAsync([Body] IssueApiKey request, CancellationToken ct = default);

    /// <summary>The keys issued to an organisation (never the secrets).</summary>
    [Get("/admin/api-keys")]
    Task<IReadOnlyList<ApiKeySummary>> ListApiKeysAsync(Guid organisationId, CancellationToken ct = default);

    /// <summary>Revoke a key: every service refuses it within moments. Revoking twice is harmless.</summary>
    [Delete("/admin/api-keys/{keyId}")]
    Task RevokeApiKeyAsync(Guid keyId, CancellationToken ct = default);

    /// <summary>The service's queues and how many poison messages each has parked.</summary>
    [Get("/admin/dead-letters")]
    Task<IReadOnlyList<DeadLetterQueue>> ListDeadLetterQueuesAsync(CancellationToken ct = default);

    /// <summary>The first parked messages of a queue (1 to 100, 20 by default); they stay parked. An unknown queue is a 404.</summary>
    [Get("/admin/dead-letters/{queue}")]
    Task<IReadOnlyList<DeadLetter>> PeekDeadLettersAsync(string queue, int? max = null, CancellationToken ct = default);

    /// <summary>Move parked messages (at most <paramref name="max"/>, 1000 by default) back to their queue, once the cause is fixed.</summary>
    [Post("/admin/dead-letters/{queue}/replay")]
    Task<Replayed> ReplayDeadLettersAsync(string queue, int? max = null, CancellationToken ct = default);
}
