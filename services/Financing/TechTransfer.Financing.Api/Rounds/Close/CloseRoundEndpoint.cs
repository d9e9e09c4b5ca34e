using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Financing.Api.Rounds.Close;

public static class CloseRoundEndpoint
{
    public static void MapCloseRound(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/closing", async (Guid id, CloseRound command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Round>(id, OnConflict.DecideAgain), round => CloseRoundDecision.Decide(round, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("CloseRound")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Close a round whose minimum is met: the amount raised, public/private split, post-money valuation and dilution (equity). Takes If-Match.")
            .ProducesCommandProblems();
}
