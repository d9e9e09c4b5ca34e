using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Disclosures.Api.Technologies.Disclose;

public static class DiscloseTechnologyEndpoint
{
    public static void MapDiscloseTechnology(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync)
            .WithName("DiscloseTechnology")
            .RequireRoles(Roles.Staff)
            .WithSummary("Disclose a technology: starts its journey at phase 1, facility R&D.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Created<Written>> HandleAsync(
        DiscloseTechnology command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        var events = DiscloseTechnologyDecision.Decide(id, command, http.User.Actor(), clock.GetUtcNow(), Guid.CreateVersion7);
        return http.Created(await sessions.StartAsync<Technology>(id, events, ct), $"/technologies/{id}");
    }
}
