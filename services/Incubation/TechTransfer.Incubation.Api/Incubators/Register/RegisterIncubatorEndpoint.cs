using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Incubation.Api.Incubators.Register;

public static class RegisterIncubatorEndpoint
{
    public static void MapRegisterIncubator(this RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<Written>> (RegisterIncubator command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                var events = RegisterIncubatorDecision.Decide(id, command, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Incubator>(id, events, ct), $"/incubators/{id}");
            })
            .WithName("RegisterIncubator")
            .RequireRoles(Roles.Staff)
            .WithSummary("Register an incubator, technopark, business nursery or science park, with the organisation its managers belong to.")
            .ProducesCommandProblems();
}
