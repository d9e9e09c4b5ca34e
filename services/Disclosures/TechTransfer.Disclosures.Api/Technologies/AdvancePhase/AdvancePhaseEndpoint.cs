using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Disclosures.Api.Technologies.AdvancePhase;

public static class AdvancePhaseEndpoint
{
    public static void MapAdvancePhase(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/phase-advances", async (Guid id, AdvancePhase command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Technology>(id, OnConflict.Refuse), t => AdvancePhaseDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("AdvancePhase")
            .RequireRoles(Roles.Staff)
            .WithSummary("Move the technology one phase on (facility R&D → prototype → SME product) with evidence; the SME-product phase needs a recorded transfer. Takes If-Match.")
            .ProducesCommandProblems();
}
