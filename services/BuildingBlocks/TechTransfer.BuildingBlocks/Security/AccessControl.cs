using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace TechTransfer.BuildingBlocks.Security;

/// <summary>
/// Authentication (JWT bearer from configuration) and authorization where the default is deny: an endpoint
/// that does not say who may call it answers no one. Endpoints declare their callers with
/// <see cref="AccessConventions.RequireRoles{TBuilder}"/> or, for probes and documents, AllowAnonymous.
/// </summary>
public static class AccessControl
{
    private const string CallerScheme = "Caller";

    public static WebApplicationBuilder AddAccessControl(this WebApplicationBuilder builder)
    {
        var jwt = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        if (jwt.Authority is null && jwt.SigningKey is null)
            throw new InvalidOperationException(
                $"Set {JwtOptions.Section}:Authority (an OpenID Connect provider) or {JwtOptions.Section}:SigningKey " +
                "(base64 of 32 random bytes; deploy/up.sh makes one for local use).");
        builder.Services.AddSingleton(jwt);

        // A bearer token, unless the request carries the header of a scheme a module added (partner systems send X-Api-Key).
        builder.Services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, "JWT bearer or a scheme named by a header", o => o.ForwardDefaultSelector = context =>
                context.RequestServices.GetRequiredService<IOptions<HeaderSchemes>>().Value.For(context.Request.Headers)
                ?? JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                if (jwt.Authority is not null) o.Authority = jwt.Authority;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = jwt.Issuer,
                    ValidateAudience = true,
                    ValidAudience = jwt.Audience,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    ClockSkew = jwt.ClockSkew,
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKey = jwt.SigningKey is null ? null : Tokens.KeyFrom(jwt),
                    NameClaimType = Claims.Name,
                    RoleClaimType = Claims.Role,
                };
            });

        builder.Services.AddAuthorization(o =>
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAssertion(IsFrameworkRejection).Build());
        return builder;
    }

    /// <summary>
    /// Routing answers a wrong method or media type with endpoints of its own ("405 HTTP Method Not Supported",
    /// "415 HTTP Unsupported Media Type"). They hold no data; letting them through gives the caller the true
    /// reason instead of a 403. Every other endpoint without a declaration is denied.
    /// </summary>
    private static bool IsFrameworkRejection(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http
        && http.GetEndpoint() is { DisplayName: { } name }
        && (name.StartsWith("405 HTTP ", StringComparison.Ordinal) || name.StartsWith("415 HTTP ", StringComparison.Ordinal));
}

/// <summary>Authentication schemes chosen by a request header (the API keys module adds X-Api-Key); a bearer token otherwise.</summary>
public sealed class HeaderSchemes
{
    public Dictionary<string, string> ByHeader { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? For(IHeaderDictionary headers) => ByHeader.FirstOrDefault(h => headers.ContainsKey(h.Key)).Value;
}
