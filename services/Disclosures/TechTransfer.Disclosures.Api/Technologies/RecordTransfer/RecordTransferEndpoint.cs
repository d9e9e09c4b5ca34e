using TechTransfer.BuildingBlocks.Http;
using Marten;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

public static class RecordTransferEndpoint
{
    public static void MapRecordTransfer(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/transfers", (Guid id, RecordTransfer command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.WriteAsync(id, http, t => RecordTransferDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow(), Guid.CreateVersion7()), ct))
            .WithName("RecordTransfer")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record a patent, partnership, consulting, service or standardisation transfer (licences and start-ups come from their services). Takes If-Match.")
            .ProducesCommandProblems();
}
