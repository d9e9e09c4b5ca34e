using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Incubation.Api.Incubators.GetIncubator;

public static class GetIncubatorEndpoint
{
    public static void MapGetIncubator(this RouteGroupBuilder group) =>
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
}
