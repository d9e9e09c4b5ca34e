using TechTransfer.BuildingBlocks.Http;
using Marten;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.AdvancePhase;

public static class AdvancePhaseEndpoint
{
    public static void MapAdvancePhase(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/phase-advances", (Guid id, AdvancePhase command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.WriteAsync(id, http, t => AdvancePhaseDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow()), ct))
            .WithName("AdvancePhase")
            .RequireRoles(Roles.Staff)
            .WithSummary("Move the technology one phase on (facility R&D → prototype → SME product) with evidence; the SME-product phase needs a recorded transfer. Takes If-Match.")
            .ProducesCommandProblems();
}
