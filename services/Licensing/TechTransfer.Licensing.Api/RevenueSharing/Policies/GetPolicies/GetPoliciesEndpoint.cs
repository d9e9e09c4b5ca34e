using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.RevenueSharing.Policies.GetPolicies;

public static class GetPoliciesEndpoint
{
    public static void MapGetPolicies(this RouteGroupBuilder group) =>
        group.MapGet("/policies/{facility}", async Task<Ok<FacilityPolicies>> (string facility, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var policies = await session.LoadAsync<FacilityPolicies>(StreamKeys.Policies(facility), ct) ?? throw new NotFoundException("Revenue-sharing policy of", facility);
                http.Response.SetETag(policies.Version);
                return TypedResults.Ok(policies);
            })
            .WithName("GetPolicies")
            .RequireRoles(Roles.Staff)
            .WithSummary("A facility's revenue-sharing policies, oldest first, with the version as ETag (If-Match of the next adoption).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
