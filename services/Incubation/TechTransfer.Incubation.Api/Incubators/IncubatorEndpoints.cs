using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Incubation.Api.Incubators;

/// <summary>The answer to a command that creates something inside a stream (a cohort, a milestone, a label).</summary>
public sealed record WrittenPart(Guid Id, long Version, Guid PartId);

public static class IncubatorEndpoints
{
    public static void MapIncubators(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<Written>> (RegisterIncubator command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                var events = IncubatorDecisions.Register(id, command, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Incubator>(id, events, ct), $"/incubators/{id}");
            })
            .WithName("RegisterIncubator")
            .RequireRoles(Roles.Staff)
            .WithSummary("Register an incubator, technopark, business nursery or science park, with the organisation its managers belong to.")
            .ProducesCommandProblems();

        group.MapGet("/{id:guid}", async Task<Ok<Incubator>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var incubator = (await session.LoadAsync<Incubator>(id, ct)).VisibleTo(http.User, id);
                http.Response.SetETag(incubator.Version);
                return TypedResults.Ok(incubator);
            })
            .WithName("GetIncubator")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("An incubator with its cohorts. A manager sees only their own incubator.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<IReadOnlyList<Incubator>>> (IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var query = session.Query<Incubator>().AsQueryable();
                if (http.User.OrganisationFilter() is { } own) query = query.Where(i => i.OrganisationId == own);
                return TypedResults.Ok<IReadOnlyList<Incubator>>(await query.OrderBy(i => i.Name).Take(1000).ToListAsync(ct));
            })
            .WithName("ListIncubators")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Incubators by name (at most 1000). A manager sees only their own.");

        group.MapPost("/{id:guid}/cohorts", async Task<Ok<WrittenPart>> (Guid id, OpenCohort command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http,
                CancellationToken ct) =>
            {
                (await query.LoadAsync<Incubator>(id, ct)).VisibleTo(http.User, id);
                var cohortId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Incubator>(id, OnConflict.Refuse),
                    i => IncubatorDecisions.OpenCohort(i, command, cohortId, http.User.Actor(), clock.GetUtcNow()), ct);
                return http.Answer(written, w => new WrittenPart(w.Id, w.Version, cohortId));
            })
            .WithName("OpenCohort")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Open a cohort (name, start and end dates) in an incubator: staff, or the incubator's own managers. Takes If-Match.")
            .ProducesCommandProblems();
    }
}
