using System.Security.Claims;
using System.Text.Encodings.Web;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.BuildingBlocks.Access.ApiKeys;

/// <summary>
/// Authenticates a partner system by its <c>X-Api-Key</c>: a known, unrevoked key whose secret matches
/// becomes a caller with the partner role, bound to the key's organisation.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IDocumentStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string OrganisationKindClaim = "org_kind";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var value)) return AuthenticateResult.NoResult();
        if (!ApiKeySecret.TryParse(value.ToString(), out var keyId, out var secret))
            return AuthenticateResult.Fail("The API key is not in the form this API issues.");

        await using var session = store.QuerySession();
        var key = await session.LoadAsync<ApiKeyRecord>(keyId, Context.RequestAborted);
        // One answer for unknown, revoked and wrong secret: the caller learns nothing about which.
        if (key is null || key.RevokedAt is not null || !ApiKeySecret.Matches(secret, key.SecretHash))
            return AuthenticateResult.Fail("The API key is unknown or revoked.");

        var identity = new ClaimsIdentity(
        [
            new Claim(Claims.Subject, $"api-key:{key.Id:N}"),
            new Claim(Claims.Name, key.Label),
            new Claim(Claims.Role, Roles.Partner),
            new Claim(Claims.Organisation, key.OrganisationId.ToString()),
            new Claim(OrganisationKindClaim, key.OrganisationKind),
        ], SchemeName, Claims.Name, Claims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
