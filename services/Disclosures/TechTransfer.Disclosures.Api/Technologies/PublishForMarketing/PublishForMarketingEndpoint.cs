using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;

public static class PublishForMarketingEndpoint
{
    public static void MapPublishForMarketing(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/marketing", async (Guid id, PublishForMarketing command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Technology>(id, OnConflict.Refuse), t => PublishForMarketingDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("PublishForMarketing")
            .RequireRoles(Roles.Staff)
            .WithSummary("Publish the non-confidential summary to the partner catalogue. Needs the decision to pursue and agreed IP ownership. Takes If-Match.")
            .ProducesCommandProblems();
}
