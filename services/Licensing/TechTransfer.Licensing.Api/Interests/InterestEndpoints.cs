using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.KnownTechnologies.Remote;

namespace TechTransfer.Licensing.Api.Interests;

public static class InterestEndpoints
{
    public static void MapInterests(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<Written>> (RegisterInterest command, ISessionFactory sessions, TechnologyLookup technologies, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                // Not in the catalogue as far as Licensing has heard: the catalogue itself is asked (the partner's own key) before refusing.
                var technology = command.TechnologyId is { } t ? await technologies.ForCatalogueAsync(t, ct) : null;
                var events = InterestDecisions.Register(id, command, technology, http.User.OrganisationId(), http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Interest>(id, events, ct), $"/interests/{id}");
            })
            .WithName("RegisterInterest")
            .RequireRoles(Roles.Partner, Roles.Staff)
            .WithSummary("A partner system registers interest in a technology of the public catalogue (staff may register one on a company's behalf).")
            .ProducesCommandProblems()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/{id:guid}", async Task<Ok<Interest>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var interest = (await session.LoadAsync<Interest>(id, ct)).VisibleTo(http.User, i => i.OrganisationId, "Interest", id);
                http.Response.SetETag(interest.Version);
                return TypedResults.Ok(interest);
            })
            .WithName("GetInterest")
            .RequireRoles(Roles.Partner, Roles.Staff)
            .WithSummary("An expression of interest and its stage history. A partner system sees only its own.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<IReadOnlyList<Interest>>> (InterestStage? stage, Guid? technologyId, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var query = session.Query<Interest>().AsQueryable();
                if (http.User.OrganisationFilter() is { } own) query = query.Where(i => i.OrganisationId == own);
                if (stage is { } s) query = query.Where(i => i.Stage == s);
                if (technologyId is { } t) query = query.Where(i => i.TechnologyId == t);
                return TypedResults.Ok<IReadOnlyList<Interest>>(await query.OrderByDescending(i => i.RegisteredAt).Take(500).ToListAsync(ct));
            })
            .WithName("ListInterests")
            .RequireRoles(Roles.Partner, Roles.Staff)
            .WithSummary("Expressions of interest, newest first (at most 500), by stage or technology: staff's pipeline. A partner system sees only its own.");

        group.MapPost("/{id:guid}/stage", async (Guid id, MoveInterest command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Interest>(id, OnConflict.Refuse), i => InterestDecisions.Move(i, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("MoveInterest")
            .RequireRoles(Roles.Staff)
            .WithSummary("Move an interest along the pipeline (new → contacted → negotiating → won/lost; lost from any open stage), with a reason for won or lost. Takes If-Match.")
            .ProducesCommandProblems();
    }
}
