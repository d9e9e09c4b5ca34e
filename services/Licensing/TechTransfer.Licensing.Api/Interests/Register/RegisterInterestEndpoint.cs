using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.KnownTechnologies.Remote;

namespace TechTransfer.Licensing.Api.Interests.Register;

public static class RegisterInterestEndpoint
{
    public static void MapRegisterInterest(this RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<Written>> (RegisterInterest command, ISessionFactory sessions, TechnologyLookup technologies, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                // Not in the catalogue as far as Licensing has heard: the catalogue itself is asked (the partner's own key) before refusing.
                var technology = command.TechnologyId is { } t ? await technologies.ForCatalogueAsync(t, ct) : null;
                var events = RegisterInterestDecision.Decide(id, command, technology, http.User.OrganisationId(), http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Interest>(id, events, ct), $"/interests/{id}");
            })
            .WithName("RegisterInterest")
            .RequireRoles(Roles.Partner, Roles.Staff)
            .WithSummary("A partner system registers interest in a technology of the public catalogue (staff may register one on a company's behalf).")
            .ProducesCommandProblems()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
