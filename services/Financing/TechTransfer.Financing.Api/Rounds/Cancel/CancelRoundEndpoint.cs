using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Financing.Api.Rounds.Cancel;

public static class CancelRoundEndpoint
{
    public static void MapCancelRound(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/cancellation", async (Guid id, CancelRound command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Round>(id, OnConflict.DecideAgain), round => CancelRoundDecision.Decide(round, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("CancelRound")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Cancel an open round, saying why. Takes If-Match.")
            .ProducesCommandProblems();
}
