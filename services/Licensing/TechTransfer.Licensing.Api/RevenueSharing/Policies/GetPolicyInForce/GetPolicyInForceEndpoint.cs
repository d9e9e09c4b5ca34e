using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api.Licences;

namespace TechTransfer.Licensing.Api.RevenueSharing.Policies.GetPolicyInForce;

public static class GetPolicyInForceEndpoint
{
    public static void MapGetPolicyInForce(this RouteGroupBuilder group) =>
        group.MapGet("/policies/{facility}/in-force", async Task<Ok<Policy>> (string facility, DateOnly? on, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var day = on ?? LicenceRules.Today(clock.GetUtcNow());
                var policies = await session.LoadAsync<FacilityPolicies>(StreamKeys.Policies(facility), ct);
                return TypedResults.Ok(policies?.InForceOn(day) ?? Policy.Default(facility.Trim()));
            })
            .WithName("GetPolicyInForce")
            .RequireRoles(Roles.Staff)
            .WithSummary("The policy that shares income received on a day (on=yyyy-MM-dd, today by default); isDefault when the facility has none in force then.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
}
