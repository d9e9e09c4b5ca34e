using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Incubation.Api.StartUps.Leave;

public static class LeaveIncubatorEndpoint
{
    // The published API has this body optional and unvalidated (only the decision's rules apply): an oblivious body type
    // and DisableValidation keep it so. A non-null, validated body would change the API description.
#nullable disable annotations
    public static void MapLeaveIncubator(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/leaving", async (Guid id, LeaveIncubator command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => LeaveIncubatorDecision.Decide(s.VisibleTo(http.User, id), command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("LeaveIncubator")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("The start-up leaves its incubator. Takes If-Match.")
            .ProducesCommandProblems()
            .DisableValidation();
#nullable restore annotations
}
