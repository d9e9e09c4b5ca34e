using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.Licensees.GetLicensee;

public static class GetLicenseeEndpoint
{
    public static void MapGetLicensee(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<Licensee>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var licensee = (await session.LoadAsync<Licensee>(id, ct)).VisibleTo(http.User, l => l.OrganisationId, "Licensee", id);
                http.Response.SetETag(licensee.Version);
                return TypedResults.Ok(licensee);
            })
            .WithName("GetLicensee")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("A licensee. A partner system sees only its own.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
