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
                TypedResults.Ok(InTimeOrder(await session.LoadAsync<Journey>(id, ct) ?? throw new NotFound("Technology", id))))
            .WithName("GetJourney")
            .RequireRoles(Roles.Staff)
            .WithSummary("Every step of the technology's journey in order, with who, when and which service reported it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// Other services' news arrives on their own queues, so a start-up's admission may be appended before its
    /// founding: the timeline is ordered by when each step happened (stream order breaks ties).
    /// </summary>
    public static Journey InTimeOrder(Journey journey) =>
        journey with { Steps = [.. journey.Steps.OrderBy(s => s.At).ThenBy(s => s.Version)] };
}
