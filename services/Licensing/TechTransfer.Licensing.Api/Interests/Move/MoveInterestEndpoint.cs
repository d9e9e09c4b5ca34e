using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Licensing.Api.Interests.Move;

public static class MoveInterestEndpoint
{
    public static void MapMoveInterest(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/stage", async (Guid id, MoveInterest command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Interest>(id, OnConflict.Refuse), i => MoveInterestDecision.Decide(i, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("MoveInterest")
            .RequireRoles(Roles.Staff)
            .WithSummary("Move an interest along the pipeline (new → contacted → negotiating → won/lost; lost from any open stage), with a reason for won or lost. Takes If-Match.")
            .ProducesCommandProblems();
}
