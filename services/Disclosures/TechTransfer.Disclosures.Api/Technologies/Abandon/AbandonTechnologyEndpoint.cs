using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Disclosures.Api.Technologies.Abandon;

public static class AbandonTechnologyEndpoint
{
    public static void MapAbandonTechnology(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/abandonment", async (Guid id, AbandonTechnology command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Technology>(id, OnConflict.Refuse), t => AbandonTechnologyDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("AbandonTechnology")
            .RequireRoles(Roles.Staff)
            .WithSummary("Abandon the technology, with a reason: it leaves the catalogue and the worklists. Takes If-Match.")
            .ProducesCommandProblems();
}
