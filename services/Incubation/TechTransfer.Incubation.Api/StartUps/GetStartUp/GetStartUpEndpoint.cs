using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Incubation.Api.Funding;

namespace TechTransfer.Incubation.Api.StartUps.GetStartUp;

public static class GetStartUpEndpoint
{
    public static void MapGetStartUp(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<StartUp>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var startUp = (await session.LoadAsync<StartUp>(id, ct)).VisibleTo(http.User, id);
                http.Response.SetETag(startUp.Version);
                return TypedResults.Ok((await session.WithFundingAsync([startUp], ct))[0]);
            })
            .WithName("GetStartUp")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A start-up's profile: technologies, stays in incubators, milestones, jobs, labels, funding to date, outcome; its version as ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
