using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api.RevenueSharing.Views;

namespace TechTransfer.Licensing.Api.RevenueSharing.CoOwners.ListOwners;

public sealed record OwnerSummary(string Owner, string Kind, IReadOnlyList<OwnerBalance> Balances);

public static class ListOwnersEndpoint
{
    public static void MapListOwners(this RouteGroupBuilder group) =>
        group.MapGet("/owners", async Task<Ok<IReadOnlyList<OwnerSummary>>> (IQuerySession session, CancellationToken ct) =>
            {
                var rows = await session.Query<OwnerIncomeRow>().Take(100_000).ToListAsync(ct);
                var accounts = (await session.Query<CoOwnerAccount>().Take(10_000).ToListAsync(ct)).ToDictionary(a => a.Id);
                return TypedResults.Ok<IReadOnlyList<OwnerSummary>>([.. rows.GroupBy(r => r.OwnerKey).OrderBy(g => g.Key).Select(g =>
                    new OwnerSummary(g.First().Owner, g.First().Kind, OwnerBalance.Of(g, accounts.GetValueOrDefault(StreamKeys.CoOwner(g.Key))?.Payouts ?? [])))]);
            })
            .WithName("ListOwners")
            .RequireRoles(Roles.Staff)
            .WithSummary("Every IP owner that licence income was shared with (co-owners and the facility's own part): owed, paid out and remaining per currency.");
}
