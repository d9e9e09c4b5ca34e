using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.Licences;

namespace TechTransfer.Licensing.Api.RevenueSharing.Policies.Adopt;

public sealed record PolicyAdopted(Guid Id, long Version, Guid PolicyId);

public static class AdoptPolicyEndpoint
{
    public static void MapAdoptPolicy(this RouteGroupBuilder group) =>
        group.MapPost("/policies/{facility}", async Task<Ok<PolicyAdopted>> (string facility, AdoptPolicy command, ISessionFactory sessions, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var policyId = Guid.CreateVersion7();
                var now = clock.GetUtcNow();
                var id = StreamKeys.Policies(facility);
                var written = await sessions.WriteOrStartAsync(http.Write<FacilityPolicies>(id, OnConflict.DecideAgain),
                    held => AdoptPolicyDecision.Decide(held, facility, command, policyId, LicenceRules.Today(now), http.User.Actor(), now), ct);
                return http.Answer(written, w => new PolicyAdopted(w.Id, w.Version, policyId));
            })
            .WithName("AdoptPolicy")
            .RequireRoles(Roles.Staff)
            .WithSummary("Adopt a facility's revenue-sharing policy from a date (tiers by yearly threshold, beneficiaries by weight, patent costs deducted or not); it supersedes the previous one for income received from that day. Takes If-Match (0 before the first).")
            .ProducesCommandProblems();
}
