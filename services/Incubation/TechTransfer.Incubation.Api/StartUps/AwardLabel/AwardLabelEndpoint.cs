using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Incubation.Api.StartUps.AwardLabel;

public static class AwardLabelEndpoint
{
    public static void MapAwardLabel(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/labels", async Task<Ok<WrittenPart>> (Guid id, AwardLabel command, ISessionFactory sessions, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var labelId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => AwardLabelDecision.Decide(s.VisibleTo(http.User, id), command, labelId, http.User.Actor(), clock.GetUtcNow()), ct);
                return http.Answer(written, w => new WrittenPart(w.Id, w.Version, labelId));
            })
            .WithName("AwardLabel")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Award a label until an expiry date (\"Innovative Cluster Company\" makes the start-up visible to private investors). Takes If-Match.")
            .ProducesCommandProblems();
}
