using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using NotFound = TechTransfer.BuildingBlocks.Domain.NotFound;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.Journey;

public static class GetJourneyEndpoint
{
    public static void MapGetJourney(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/journey", async Task<Ok<Journey>> (Guid id, IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok(await session.LoadAsync<Journey>(id, ct) ?? throw new NotFound("Technology", id)))
            .WithName("GetJourney")
            .RequireRoles(Roles.Staff)
            .WithSummary("Every step of the technology's journey in order, with who, when and which service reported it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
