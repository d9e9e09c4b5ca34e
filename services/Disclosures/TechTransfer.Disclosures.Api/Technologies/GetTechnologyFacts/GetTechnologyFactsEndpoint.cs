using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.GetTechnologyFacts;

public static class GetTechnologyFactsEndpoint
{
    /// <summary>
    /// Incubation asks here, with its caller's own token, about a technology it has not heard of yet: incubator managers
    /// may read it because it holds only what the bus already tells every service (no confidential read to audit).
    /// </summary>
    public static void MapGetTechnologyFacts(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/facts", async Task<Ok<TechnologyFacts>> (Guid id, IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok(TechnologyFacts.Of(await session.LoadAsync<Technology>(id, ct) ?? throw new NotFoundException("Technology", id))))
            .WithName("GetTechnologyFacts")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A technology's non-confidential facts, as the bus publishes them: title, facility, field, when disclosed, and its IP agreement once settled.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
