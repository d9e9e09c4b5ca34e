using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Financing.Api.Panels.HoldSession;

public static class HoldSessionEndpoint
{
    public static void MapHoldSession(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/sessions", async Task<Ok<WrittenPart>> (Guid id, HoldSession command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var sessionId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Panel>(id, OnConflict.Refuse), p => HoldSessionDecision.Decide(p, command, http.User.Actor(), clock.GetUtcNow(), sessionId), ct);
                return http.Answer(written, w => new WrittenPart(w.Id, w.Version, sessionId));
            })
            .WithName("HoldPanelSession")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Schedule or record a session where start-ups pitch to the panel. Takes If-Match.")
            .ProducesCommandProblems();
}
