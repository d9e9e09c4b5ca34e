using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.KnownTechnologies.GetKnownTechnology;

public static class GetKnownTechnologyEndpoint
{
    public static void MapGetKnownTechnology(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<KnownTechnology>, NotFound>> (Guid id, IQuerySession session, CancellationToken ct) =>
                await KnownTechnology.LoadAsync(session, id, ct) is { } known ? TypedResults.Ok(known) : TypedResults.NotFound())
            .WithName("GetKnownTechnology")
            .RequireRoles(Roles.Staff)
            .WithSummary("What Licensing has heard from Disclosures about a technology: facility, title, marketed, IP owners and inventors' shares (staff only).");
}
