using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Incubation.Api.StartUps.PlanMilestone;

public static class PlanMilestoneEndpoint
{
    public static void MapPlanMilestone(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/milestones", async Task<Ok<WrittenPart>> (Guid id, PlanMilestone command, ISessionFactory sessions, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var milestoneId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => PlanMilestoneDecision.Decide(s.VisibleTo(http.User, id), command, milestoneId, http.User.Actor(), clock.GetUtcNow()), ct);
                return http.Answer(written, w => new WrittenPart(w.Id, w.Version, milestoneId));
            })
            .WithName("PlanMilestone")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Plan a milestone with a due date: prototype built, first customer, product launched (titled with the product), first revenue, funding secured, or a titled free one. Takes If-Match.")
            .ProducesCommandProblems();
}
