using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.RevenueSharing.Policies.ListPolicies;

public static class ListPoliciesEndpoint
{
    public static void MapListPolicies(this RouteGroupBuilder group) =>
        group.MapGet("/policies", async Task<Ok<IReadOnlyList<FacilityPolicies>>> (IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<FacilityPolicies>>(await session.Query<FacilityPolicies>().OrderBy(p => p.Facility).Take(1_000).ToListAsync(ct)))
            .WithName("ListPolicies")
            .RequireRoles(Roles.Staff)
            .WithSummary("Every facility's revenue-sharing policies, each with its history (oldest first).");
}
