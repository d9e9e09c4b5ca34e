using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Licensing.Api.Licensees.Register;

public static class RegisterLicenseeEndpoint
{
    public static void MapRegisterLicensee(this RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<Written>> (RegisterLicensee command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                var same = command.OrganisationId is { } org ? await query.Query<Licensee>().FirstOrDefaultAsync(l => l.OrganisationId == org, ct) : null;
                var events = RegisterLicenseeDecision.Decide(id, command, same, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Licensee>(id, events, ct), $"/licensees/{id}");
            })
            .WithName("RegisterLicensee")
            .RequireRoles(Roles.Staff)
            .WithSummary("Register a licensee company: name, country (ISO 3166 alpha-2), size class, contacts, and the organisation its partner system's API key is bound to.")
            .ProducesCommandProblems();
}
