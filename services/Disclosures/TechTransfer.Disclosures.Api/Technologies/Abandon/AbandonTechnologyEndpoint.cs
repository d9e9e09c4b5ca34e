using TechTransfer.BuildingBlocks.Http;
using Marten;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.Abandon;

public static class AbandonTechnologyEndpoint
{
    public static void MapAbandonTechnology(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/abandonment", (Guid id, AbandonTechnology command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.WriteAsync(id, http, t => AbandonTechnologyDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow()), ct))
            .WithName("AbandonTechnology")
            .RequireRoles(Roles.Staff)
            .WithSummary("Abandon the technology, with a reason: it leaves the catalogue and the worklists. Takes If-Match.")
            .ProducesCommandProblems();
}
