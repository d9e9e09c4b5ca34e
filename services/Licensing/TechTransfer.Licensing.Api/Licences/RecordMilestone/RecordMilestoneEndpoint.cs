using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Licensing.Api.Licences.RecordMilestone;

public sealed record MilestoneAccepted(Guid Id, long Version, Guid StatementId);

public static class RecordMilestoneEndpoint
{
    public static void MapRecordMilestone(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/milestones", async Task<Ok<MilestoneAccepted>> (Guid id, RecordMilestone command, ISessionFactory sessions, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var statementId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), l => RecordMilestoneDecision.Decide(l, command, http.User.Actor(), clock.GetUtcNow(), statementId), ct);
                return http.Answer(written, w => new MilestoneAccepted(w.Id, w.Version, statementId));
            })
            .WithName("RecordMilestone")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record that a milestone of the licence was reached: its payment is billed on a statement. Takes If-Match.")
            .ProducesCommandProblems();
}
