using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Incubation.Api.StartUps.MissMilestone;

public static class MissMilestoneEndpoint
{
    public static void MapMissMilestone(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/milestones/{milestoneId:guid}/miss", async (Guid id, Guid milestoneId, MissMilestone command, ISessionFactory sessions,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => MissMilestoneDecision.Decide(s.VisibleTo(http.User, id), milestoneId, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("MissMilestone")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A planned milestone whose due date has passed was missed. Takes If-Match.")
            .ProducesCommandProblems();
}
