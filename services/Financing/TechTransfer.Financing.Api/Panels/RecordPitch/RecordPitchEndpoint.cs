using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Financing.Api.StartUps;

namespace TechTransfer.Financing.Api.Panels.RecordPitch;

public static class RecordPitchEndpoint
{
    public static void MapRecordPitch(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/sessions/{sessionId:guid}/pitches", async Task<Ok<WrittenPart>> (Guid id, Guid sessionId, RecordPitch command, IQuerySession query, ISessionFactory sessions,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var startUp = command.StartUpId is { } s ? await query.LoadAsync<KnownStartUp>(s, ct) : null;
                var pitchId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Panel>(id, OnConflict.Refuse),
                    p => RecordPitchDecision.Decide(p, sessionId, command, startUp, http.User.Actor(), clock.GetUtcNow(), pitchId), ct);
                return http.Answer(written, w => new WrittenPart(w.Id, w.Version, pitchId));
            })
            .WithName("RecordPitch")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Record a start-up's pitch at a session and the panel's outcome (backed, declined, deferred). Takes If-Match.")
            .ProducesCommandProblems();
}
