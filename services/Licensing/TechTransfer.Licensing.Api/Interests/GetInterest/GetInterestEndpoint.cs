using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.Interests.GetInterest;

public static class GetInterestEndpoint
{
    public static void MapGetInterest(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<Interest>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var interest = (await session.LoadAsync<Interest>(id, ct)).VisibleTo(http.User, i => i.OrganisationId, "Interest", id);
                http.Response.SetETag(interest.Version);
                return TypedResults.Ok(interest);
            })
            .WithName("GetInterest")
            .RequireRoles(Roles.Partner, Roles.Staff)
            .WithSummary("An expression of interest and its stage history. A partner system sees only its own.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
