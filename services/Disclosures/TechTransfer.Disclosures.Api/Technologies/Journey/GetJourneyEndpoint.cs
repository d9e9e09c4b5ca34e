using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.Journey;

public static class GetJourneyEndpoint
{
    public static void MapGetJourney(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/journey", async Task<Ok<Journey>> (Guid id, IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok(InTimeOrder(await session.LoadAsync<Journey>(id, ct) ?? throw new NotFoundException("Technology", id))))
            .WithName("GetJourney")
            .RequireRoles(Roles.Staff)
            .WithSummary("Every step of the technology's journey in the order it happened (the business date each source reports, then when it was recorded), with who and which service reported it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// In business order: other services' news arrives on their own queues and facts are often recorded after the day
    /// they happened (a licence signed in 2024 logged today), so steps are ordered by the day each happened; steps of
    /// one day by when their source recorded them, then by stream order.
    /// </summary>
    public static Journey InTimeOrder(Journey journey) =>
        journey with { Steps = [.. journey.Steps.OrderBy(s => s.HappenedOn).ThenBy(s => s.At).ThenBy(s => s.Version)] };
}
