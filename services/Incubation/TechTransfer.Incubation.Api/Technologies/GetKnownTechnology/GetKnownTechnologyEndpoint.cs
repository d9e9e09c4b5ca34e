using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Incubation.Api.Technologies.GetKnownTechnology;

public static class GetKnownTechnologyEndpoint
{
    public static void MapGetKnownTechnology(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<KnownTechnology>> (Guid id, IQuerySession session, CancellationToken ct) =>
                (await KnownTechnology.LoadAsync(session, [id], ct)).TryGetValue(id, out var known) ? TypedResults.Ok(known) : throw new NotFoundException("Technology", id))
            .WithName("GetKnownTechnology")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A technology as Incubation has heard of it from Disclosures: title and facility (null until the disclosure is heard), whether its IP ownership is agreed (start-ups need it).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
