using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Disclosures.Api.Technologies.Assess;

public static class AssessTechnologyEndpoint
{
    public static void MapAssessTechnology(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/assessments", async (Guid id, AssessTechnology command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Technology>(id, OnConflict.Refuse), t => AssessTechnologyDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("AssessTechnology")
            .RequireRoles(Roles.Staff)
            .WithSummary("Assess a technology: pursue, hold, release to inventors or decline, with its TRL (1–9). Takes If-Match.")
            .ProducesCommandProblems();
}
