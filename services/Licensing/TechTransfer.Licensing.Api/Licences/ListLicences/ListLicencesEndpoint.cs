using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.Licences.ListLicences;

public static class ListLicencesEndpoint
{
    public static void MapListLicences(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<IReadOnlyList<Licence>>> (LicenceStatus? status, Guid? technologyId, Guid? licenseeId, IQuerySession session, HttpContext http,
                CancellationToken ct) =>
            {
                var query = session.Query<Licence>().AsQueryable();
                if (http.User.LicenseeFilter() is { } own) query = query.Where(l => l.LicenseeOrganisationId == own);
                if (status is { } s) query = query.Where(l => l.Status == s);
                if (technologyId is { } t) query = query.Where(l => l.TechnologyId == t);
                if (licenseeId is { } li) query = query.Where(l => l.LicenseeId == li);
                return TypedResults.Ok<IReadOnlyList<Licence>>(await query.OrderByDescending(l => l.DraftedAt).Take(500).ToListAsync(ct));
            })
            .WithName("ListLicences")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("Licences, newest first (at most 500), by status, technology or licensee. A licensee's system sees only its own.");
}
