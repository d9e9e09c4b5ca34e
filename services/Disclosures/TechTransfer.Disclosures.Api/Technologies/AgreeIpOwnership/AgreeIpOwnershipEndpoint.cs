using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Disclosures.Api.Technologies.AgreeIpOwnership;

public static class AgreeIpOwnershipEndpoint
{
    public static void MapAgreeIpOwnership(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/ip-ownership", async (Guid id, AgreeIpOwnership command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Technology>(id, OnConflict.Refuse), t => AgreeIpOwnershipDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("AgreeIpOwnership")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record the agreed IP owners and shares (adding up to 100 %). Needed before marketing, licences and start-ups. Takes If-Match.")
            .ProducesCommandProblems();
}
