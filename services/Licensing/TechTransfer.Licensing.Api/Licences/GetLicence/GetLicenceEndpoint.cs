using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.Licences.GetLicence;

public static class GetLicenceEndpoint
{
    public static void MapGetLicence(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<Licence>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var licence = (await session.LoadAsync<Licence>(id, ct)).VisibleTo(http.User, l => l.LicenseeOrganisationId, "Licence", id);
                http.Response.SetETag(licence.Version);
                return TypedResults.Ok(licence);
            })
            .WithName("GetLicence")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("A licence with its terms, reports and statements; its version as ETag. A licensee's system sees only its own.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
