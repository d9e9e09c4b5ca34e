using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Financing.Api.Rounds.ListRounds;

public static class ListRoundsEndpoint
{
    public static void MapListRounds(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<IReadOnlyList<Round>>> (RoundStatus? status, Guid? startUpId, IQuerySession session, CancellationToken ct) =>
            {
                // Status and start-up are duplicated, indexed columns.
                var query = session.Query<Round>().AsQueryable();
                if (status is { } st) query = query.Where(r => r.Status == st);
                if (startUpId is { } su) query = query.Where(r => r.StartUpId == su);
                return TypedResults.Ok<IReadOnlyList<Round>>(await query.OrderByDescending(r => r.OpenedAt).Take(500).ToListAsync(ct));
            })
            .WithName("ListRounds")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Rounds, newest first (at most 500), by status and/or start-up.");
}
