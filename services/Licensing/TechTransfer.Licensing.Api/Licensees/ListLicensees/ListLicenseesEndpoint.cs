using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.Licensees.ListLicensees;

public static class ListLicenseesEndpoint
{
    public static void MapListLicensees(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<IReadOnlyList<Licensee>>> (IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<Licensee>>(await session.Query<Licensee>().OrderBy(l => l.Name).Take(1000).ToListAsync(ct)))
            .WithName("ListLicensees")
            .RequireRoles(Roles.Staff)
            .WithSummary("Every licensee, by name (at most 1000).");
}
