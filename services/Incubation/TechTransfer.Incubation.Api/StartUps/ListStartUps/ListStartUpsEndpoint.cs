using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Incubation.Api.Funding;

namespace TechTransfer.Incubation.Api.StartUps.ListStartUps;

public static class ListStartUpsEndpoint
{
    public static void MapListStartUps(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<IReadOnlyList<StartUp>>> (StartUpStatus? status, Guid? incubatorId, Guid? cohortId, IQuerySession session, HttpContext http,
                CancellationToken ct) =>
            {
                // Status, incubator, cohort and the two owning organisations are duplicated, indexed columns.
                var query = session.Query<StartUp>().AsQueryable();
                if (http.User.OrganisationFilter() is { } own)
                    query = query.Where(s => s.ProposerOrganisationId == own || s.IncubatorOrganisationId == own);
                if (status is { } st) query = query.Where(s => s.Status == st);
                if (incubatorId is { } i) query = query.Where(s => s.IncubatorId == i);
                if (cohortId is { } c) query = query.Where(s => s.CohortId == c);
                return TypedResults.Ok(await session.WithFundingAsync(await query.OrderByDescending(s => s.ProposedAt).Take(500).ToListAsync(ct), ct));
            })
            .WithName("ListStartUps")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Start-ups, newest first (at most 500), by status, current incubator or cohort. A manager sees only their incubator's.");
}
