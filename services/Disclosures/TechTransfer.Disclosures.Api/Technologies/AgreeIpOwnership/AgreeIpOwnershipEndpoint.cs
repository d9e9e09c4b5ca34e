using TechTransfer.BuildingBlocks.Http;
using Marten;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.AgreeIpOwnership;

public static class AgreeIpOwnershipEndpoint
{
    public static void MapAgreeIpOwnership(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/ip-ownership", (Guid id, AgreeIpOwnership command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.WriteAsync(id, http, t => AgreeIpOwnershipDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow()), ct))
            .WithName("AgreeIpOwnership")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record the agreed IP owners and shares (adding up to 100 %). Needed before marketing, licences and start-ups. Takes If-Match.")
            .ProducesCommandProblems();
}
