using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.Licences;

namespace TechTransfer.Licensing.Api.RevenueSharing.Policies;

public sealed record PolicyAdopted(Guid Id, long Version, Guid PolicyId);

public static class PolicyEndpoints
{
    public static void MapPolicies(this RouteGroupBuilder group)
    {
        group.MapGet("/policies", async Task<Ok<IReadOnlyList<FacilityPolicies>>> (IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<FacilityPolicies>>(await session.Query<FacilityPolicies>().OrderBy(p => p.Facility).Take(1_000).ToListAsync(ct)))
            .WithName("ListPolicies")
            .RequireRoles(Roles.Staff)
            .WithSummary("Every facility's revenue-sharing policies, each with its history (oldest first).");

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

        group.MapGet("/policies/{facility}/in-force", async Task<Ok<Policy>> (string facility, DateOnly? on, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var day = on ?? LicenceDecisions.Today(clock.GetUtcNow());
                var policies = await session.LoadAsync<FacilityPolicies>(StreamKeys.Policies(facility), ct);
                return TypedResults.Ok(policies?.InForceOn(day) ?? Policy.Default(facility.Trim()));
            })
            .WithName("GetPolicyInForce")
            .RequireRoles(Roles.Staff)
            .WithSummary("The policy that shares income received on a day (on=yyyy-MM-dd, today by default); isDefault when the facility has none in force then.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/policies/{facility}", async Task<Ok<PolicyAdopted>> (string facility, AdoptPolicy command, ISessionFactory sessions, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var policyId = Guid.CreateVersion7();
                var now = clock.GetUtcNow();
                var id = StreamKeys.Policies(facility);
                var written = await sessions.WriteOrStartAsync(http.Write<FacilityPolicies>(id, OnConflict.DecideAgain),
                    held => PolicyDecisions.Adopt(held, facility, command, policyId, LicenceDecisions.Today(now), http.User.Actor(), now), ct);
                return http.Answer(written, w => new PolicyAdopted(w.Id, w.Version, policyId));
            })
            .WithName("AdoptPolicy")
            .RequireRoles(Roles.Staff)
            .WithSummary("Adopt a facility's revenue-sharing policy from a date (tiers by yearly threshold, beneficiaries by weight, patent costs deducted or not); it supersedes the previous one for income received from that day. Takes If-Match (0 before the first).")
            .ProducesCommandProblems();
    }
}
