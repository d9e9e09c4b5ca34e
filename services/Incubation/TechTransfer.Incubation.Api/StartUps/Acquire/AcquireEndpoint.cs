using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Incubation.Api.StartUps.Acquire;

public static class AcquireEndpoint
{
    // The published API has this body optional and unvalidated (only the decision's rules apply): an oblivious body type
    // and DisableValidation keep it so. A non-null, validated body would change the API description.
#nullable disable annotations
    public static void MapAcquire(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/acquisition", async (Guid id, Acquire command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => AcquireDecision.Decide(s.VisibleTo(http.User, id), command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("AcquireStartUp")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("The start-up was acquired by another firm (it still operates). Takes If-Match.")
            .ProducesCommandProblems()
            .DisableValidation();
#nullable restore annotations
}
