using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Incubation.Api.StartUps.AchieveMilestone;

public static class AchieveMilestoneEndpoint
{
    public static void MapAchieveMilestone(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/milestones/{milestoneId:guid}/achievement", async (Guid id, Guid milestoneId, AchieveMilestone command, ISessionFactory sessions,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => AchieveMilestoneDecision.Decide(s.VisibleTo(http.User, id), milestoneId, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("AchieveMilestone")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A planned milestone was achieved, with evidence. Achieving \"product launched\" also announces the product launch. Takes If-Match.")
            .ProducesCommandProblems();
}
