using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.BuildingBlocks.Access.ApiKeys;

/// <summary>
/// Staff issue API keys to partner organisations (shown once, stored hashed), list them and revoke them.
/// Mapped by the one service that issues keys (<see cref="ApiKeyAccess.MapApiKeys"/>); every service that registers
/// the module learns the keys from its events.
/// </summary>
public static class ApiKeyEndpoints
{
    public sealed record IssueApiKey(Guid? OrganisationId, string? OrganisationKind, string? Label)
    {
        /// <summary>
        /// Checked here: the validation generator only sees the request types of the service project that
        /// calls AddValidation, and this one lives in the building blocks.
        /// </summary>
        public Dictionary<string, string[]> Errors()
        {
            var errors = new Dictionary<string, string[]>();
            if (OrganisationId is null || OrganisationId == Guid.Empty)
                errors[nameof(OrganisationId)] = ["The id of the organisation the key acts for is required."];
            if (OrganisationKind is null || !OrganisationKinds.All.Contains(OrganisationKind))
                errors[nameof(OrganisationKind)] = [$"Must be one of: {string.Join(", ", OrganisationKinds.All)}."];
            if (Label is null || Label.Trim().Length is < 3 or > 100)
                errors[nameof(Label)] = ["A label of 3 to 100 characters says whose system holds the key."];
            return errors;
        }
    }

    /// <summary>The only time the key itself is shown.</summary>
    public sealed record IssuedApiKey(Guid KeyId, string ApiKey, Guid OrganisationId, string OrganisationKind, string Label);

    public sealed record ApiKeySummary(Guid KeyId, Guid OrganisationId, string OrganisationKind, string Label, DateTimeOffset IssuedAt, DateTimeOffset? RevokedAt);

    public static void MapApiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/api-keys").WithTags("API keys").RequireRoles(Roles.Staff);

        group.MapPost("/", IssueAsync).WithName("IssueApiKey")
            .WithSummary("Issue an API key to a partner organisation. The key is in this response only: store it now.");
        group.MapGet("/", ListAsync).WithName("ListApiKeys")
            .WithSummary("Keys issued to an organisation (never the secrets).");
        group.MapDelete("/{keyId:guid}", RevokeAsync).WithName("RevokeApiKey")
            .WithSummary("Revoke a key: every service refuses it within moments.");
    }

    private static async Task<Results<Created<IssuedApiKey>, ValidationProblem>> IssueAsync(
        IssueApiKey request, ISessionFactory sessions, TimeProvider clock, CancellationToken ct)
    {
        if (request.Errors() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var keyId = Guid.CreateVersion7();
        var (key, hash) = ApiKeySecret.New(keyId);
        var organisation = request.OrganisationId!.Value;
        var (kind, label) = (request.OrganisationKind!, request.Label!.Trim());
        await sessions.StartAsync<ApiKeyStream>(keyId, [new ApiKeyIssued(keyId, organisation, kind, label, hash, clock.GetUtcNow())], ct);
        return TypedResults.Created($"/admin/api-keys/{keyId}", new IssuedApiKey(keyId, key, organisation, kind, label));
    }

    private static async Task<Ok<IReadOnlyList<ApiKeySummary>>> ListAsync(Guid organisationId, IQuerySession session, CancellationToken ct)
    {
        var keys = await session.Query<ApiKeyRecord>().Where(k => k.OrganisationId == organisationId).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<ApiKeySummary>>(keys
            .Select(k => new ApiKeySummary(k.Id, k.OrganisationId, k.OrganisationKind, k.Label, k.IssuedAt, k.RevokedAt))
            .OrderBy(k => k.IssuedAt).ToList());
    }

    /// <summary>Idempotent: a key revoked already, or meanwhile by another request, is answered the same.</summary>
    private static async Task<NoContent> RevokeAsync(Guid keyId, ISessionFactory sessions, TimeProvider clock, CancellationToken ct)
    {
        await sessions.WriteAsync(new StreamWrite<ApiKeyStream>(keyId, null, OnConflict.DecideAgain),
            key => key.Revoked ? [] : [new ApiKeyRevoked(keyId, clock.GetUtcNow())], ct);
        return TypedResults.NoContent();
    }
}
