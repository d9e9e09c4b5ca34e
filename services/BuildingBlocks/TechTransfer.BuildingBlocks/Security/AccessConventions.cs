using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TechTransfer.BuildingBlocks.Security;

/// <summary>The roles an endpoint admits, as metadata: enforced by its policy and shown in the OpenAPI document.</summary>
public sealed record AllowedRoles(IReadOnlyList<string> Roles);

public static class AccessConventions
{
    /// <summary>Only callers with one of these roles (or admin) get in: others get 401 (no valid credentials) or 403.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles) where TBuilder : IEndpointConventionBuilder
    {
        string[] admitted = [.. roles.Append(Roles.Admin).Distinct()];
        // Endpoints open to partner systems are the ones exposed to the outside: they are rate limited.
        if (admitted.Contains(Roles.Partner))
            builder.RequireRateLimiting(AbuseLimits.PartnerPolicy).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return builder
            .RequireAuthorization(p => p.RequireRole(admitted))
            .WithMetadata(new AllowedRoles(admitted))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
