using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.GetTechnology;

public static class GetTechnologyEndpoint
{
    public static void MapGetTechnology(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetTechnology")
            .RequireRoles(Roles.Staff)
            .WithSummary("A technology's record, with its version as ETag for later If-Match.");

    private static async Task<Results<Ok<Technology>, NotFound>> HandleAsync(
        Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var technology = await session.LoadAsync<Technology>(id, ct);
        if (technology is null) return TypedResults.NotFound();
        response.SetETag(technology.Version);
        return TypedResults.Ok(technology);
    }
}
