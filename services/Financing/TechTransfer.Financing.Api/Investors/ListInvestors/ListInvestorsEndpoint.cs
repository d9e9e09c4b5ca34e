using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Financing.Api.Investors.ListInvestors;

public static class ListInvestorsEndpoint
{
    public static void MapListInvestors(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<IReadOnlyList<Investor>>> (IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<Investor>>(await session.Query<Investor>().OrderBy(i => i.Name).Take(1000).ToListAsync(ct)))
            .WithName("ListInvestors")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Every investor, by name (at most 1000).");
}
