using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Incubation.Api.Incubators.ListIncubators;

public static class ListIncubatorsEndpoint
{
    public static void MapListIncubators(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<IReadOnlyList<Incubator>>> (IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var query = session.Query<Incubator>().AsQueryable();
                if (http.User.OrganisationFilter() is { } own) query = query.Where(i => i.OrganisationId == own);
                return TypedResults.Ok<IReadOnlyList<Incubator>>(await query.OrderBy(i => i.Name).Take(1000).ToListAsync(ct));
            })
            .WithName("ListIncubators")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Incubators by name (at most 1000). A manager sees only their own.");
}
