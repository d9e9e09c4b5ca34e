using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Incubation.Api.StartUps.ReportJobs;

public static class ReportJobsEndpoint
{
    // The published API has this body optional and unvalidated (only the decision's rules apply): an oblivious body type
    // and DisableValidation keep it so. A non-null, validated body would change the API description.
#nullable disable annotations
    public static void MapReportJobs(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/jobs", async (Guid id, ReportJobs command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => ReportJobsDecision.Decide(s.VisibleTo(http.User, id), command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("ReportJobs")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Report the head count as of a date, and of it researchers and engineers (the scoreboard's jobs). Takes If-Match.")
            .ProducesCommandProblems()
            .DisableValidation();
#nullable restore annotations
}
