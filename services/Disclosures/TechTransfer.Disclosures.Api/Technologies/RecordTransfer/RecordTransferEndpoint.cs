using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

public static class RecordTransferEndpoint
{
    public static void MapRecordTransfer(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/transfers", async (Guid id, RecordTransfer command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Technology>(id, OnConflict.Refuse), t => RecordTransferDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow(), Guid.CreateVersion7()), ct)))
            .WithName("RecordTransfer")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record a patent, partnership, consulting, service or standardisation transfer (licences and start-ups come from their services). Takes If-Match.")
            .ProducesCommandProblems();
}
