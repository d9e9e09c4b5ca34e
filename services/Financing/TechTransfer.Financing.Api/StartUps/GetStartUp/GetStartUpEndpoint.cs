using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Financing.Api.StartUps.GetStartUp;

public static class GetStartUpEndpoint
{
    public static void MapGetStartUp(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<KnownStartUp>> (Guid id, IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok(await session.LoadAsync<KnownStartUp>(id, ct) ?? throw new NotFoundException("Start-up", id)))
            .WithName("GetStartUp")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("A start-up Financing has heard of from Incubation (rounds can be opened for it).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
