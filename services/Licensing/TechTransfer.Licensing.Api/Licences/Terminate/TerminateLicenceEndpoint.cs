using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Licensing.Api.Licences.Terminate;

public static class TerminateLicenceEndpoint
{
    public static void MapTerminateLicence(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/termination", async (Guid id, TerminateLicence command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), Exclusivity.LoadAsync,
                    (l, _) => Exclusivity.Follow(l, TerminateLicenceDecision.Decide(l, command, http.User.Actor(), clock.GetUtcNow())), ct)))
            .WithName("TerminateLicence")
            .RequireRoles(Roles.Staff)
            .WithSummary("Terminate a signed licence, saying why. Takes If-Match.")
            .ProducesCommandProblems();
}
