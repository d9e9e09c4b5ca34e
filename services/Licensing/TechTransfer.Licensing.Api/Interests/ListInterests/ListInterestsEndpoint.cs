using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.Interests.ListInterests;

public static class ListInterestsEndpoint
{
    public static void MapListInterests(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<IReadOnlyList<Interest>>> (InterestStage? stage, Guid? technologyId, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var query = session.Query<Interest>().AsQueryable();
                if (http.User.OrganisationFilter() is { } own) query = query.Where(i => i.OrganisationId == own);
                if (stage is { } s) query = query.Where(i => i.Stage == s);
                if (technologyId is { } t) query = query.Where(i => i.TechnologyId == t);
                return TypedResults.Ok<IReadOnlyList<Interest>>(await query.OrderByDescending(i => i.RegisteredAt).Take(500).ToListAsync(ct));
            })
            .WithName("ListInterests")
            .RequireRoles(Roles.Partner, Roles.Staff)
            .WithSummary("Expressions of interest, newest first (at most 500), by stage or technology: staff's pipeline. A partner system sees only its own.");
}
