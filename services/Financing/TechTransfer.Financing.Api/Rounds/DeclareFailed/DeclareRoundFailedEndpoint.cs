using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Financing.Api.Rounds.DeclareFailed;

public static class DeclareRoundFailedEndpoint
{
    public static void MapDeclareRoundFailed(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/failure", async (Guid id, DeclareRoundFailed command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Round>(id, OnConflict.DecideAgain), round => DeclareRoundFailedDecision.Decide(round, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("DeclareRoundFailed")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Declare before its deadline that an open round failed (its minimum will not be met), saying why. Takes If-Match.")
            .ProducesCommandProblems();
}
