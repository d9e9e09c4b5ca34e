using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Licensing.Api.Licensees;

public static class LicenseeEndpoints
{
    public static void MapLicensees(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<Written>> (RegisterLicensee command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                var same = command.OrganisationId is { } org ? await query.Query<Licensee>().FirstOrDefaultAsync(l => l.OrganisationId == org, ct) : null;
                var events = LicenseeDecisions.Register(id, command, same, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Licensee>(id, events, ct), $"/licensees/{id}");
            })
            .WithName("RegisterLicensee")
            .RequireRoles(Roles.Staff)
            .WithSummary("Register a licensee company: name, country (ISO 3166 alpha-2), size class, contacts, and the organisation its partner system's API key is bound to.")
            .ProducesCommandProblems();

        group.MapGet("/{id:guid}", async Task<Ok<Licensee>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var licensee = (await session.LoadAsync<Licensee>(id, ct)).VisibleTo(http.User, l => l.OrganisationId, "Licensee", id);
                http.Response.SetETag(licensee.Version);
                return TypedResults.Ok(licensee);
            })
            .WithName("GetLicensee")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("A licensee. A partner system sees only its own.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<IReadOnlyList<Licensee>>> (IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<Licensee>>(await session.Query<Licensee>().OrderBy(l => l.Name).Take(1000).ToListAsync(ct)))
            .WithName("ListLicensees")
            .RequireRoles(Roles.Staff)
            .WithSummary("Every licensee, by name (at most 1000).");

        group.MapPut("/{id:guid}/contacts", async (Guid id, ReplaceContacts command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Licensee>(id, OnConflict.Refuse), l => LicenseeDecisions.ReplaceContacts(l, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("ReplaceLicenseeContacts")
            .RequireRoles(Roles.Staff)
            .WithSummary("Replace a licensee's contacts. Takes If-Match.")
            .ProducesCommandProblems();
    }
}
