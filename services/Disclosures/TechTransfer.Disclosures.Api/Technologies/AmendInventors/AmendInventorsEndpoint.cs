using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Disclosures.Api.Technologies.AmendInventors;

public static class AmendInventorsEndpoint
{
    public static void MapAmendInventors(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/inventors", async (Guid id, AmendInventors command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Technology>(id, OnConflict.Refuse), t => AmendInventorsDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow(), Guid.CreateVersion7), ct)))
            .WithName("AmendInventors")
            .RequireRoles(Roles.Staff)
            .WithSummary("Replace the inventors and their contribution shares (adding up to 100 %). Takes If-Match.")
            .ProducesCommandProblems();
}
