using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Incubation.Api.Incubators.OpenCohort;

public static class OpenCohortEndpoint
{
    public static void MapOpenCohort(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/cohorts", async Task<Ok<WrittenPart>> (Guid id, OpenCohort command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http,
                CancellationToken ct) =>
            {
                (await query.LoadAsync<Incubator>(id, ct)).VisibleTo(http.User, id);
                var cohortId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Incubator>(id, OnConflict.Refuse),
                    i => OpenCohortDecision.Decide(i, command, cohortId, http.User.Actor(), clock.GetUtcNow()), ct);
                return http.Answer(written, w => new WrittenPart(w.Id, w.Version, cohortId));
            })
            .WithName("OpenCohort")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Open a cohort (name, start and end dates) in an incubator: staff, or the incubator's own managers. Takes If-Match.")
            .ProducesCommandProblems();
}
