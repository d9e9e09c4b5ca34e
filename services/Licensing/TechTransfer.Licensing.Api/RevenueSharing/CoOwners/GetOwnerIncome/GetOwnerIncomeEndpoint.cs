using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api.RevenueSharing.Views;

namespace TechTransfer.Licensing.Api.RevenueSharing.CoOwners.GetOwnerIncome;

/// <summary>
/// One owner's year: <see cref="ThisYear"/> counts what was received and paid out in the year; <see cref="AtYearEnd"/> is the balance at
/// the year's end (everything owed up to then, minus everything paid out up to then), so a share owed in December and paid in January
/// remains at the end of December. Version: the account's (If-Match of the next payout; 0 before the first).
/// </summary>
public sealed record OwnerYear(string Owner, string Kind, int Year, IReadOnlyList<OwnerBalance> ThisYear, IReadOnlyList<OwnerBalance> AtYearEnd,
    IReadOnlyList<OwnerIncomeRow> Parts, IReadOnlyList<Payout> Payouts, long Version);

public static class GetOwnerIncomeEndpoint
{
    public static void MapGetOwnerIncome(this RouteGroupBuilder group) =>
        group.MapGet("/owners/{owner}/years/{year:int}", async Task<Ok<OwnerYear>> (string owner, int year, IQuerySession session, HttpContext http,
                CancellationToken ct) =>
            {
                CalendarYear.Check(year);
                var key = StreamKeys.Normalise(owner);
                var rows = await session.Query<OwnerIncomeRow>().Where(r => r.OwnerKey == key && r.Year <= year).OrderBy(r => r.PaidOn).ToListAsync(ct);
                if (rows.Count == 0) throw new NotFoundException("Owner", owner);
                var account = await session.LoadAsync<CoOwnerAccount>(StreamKeys.CoOwner(key), ct);
                var payouts = account?.Payouts.Where(p => p.PaidOn.Year <= year).ToList() ?? [];
                http.Response.SetETag(account?.Version ?? 0);
                return TypedResults.Ok(new OwnerYear(rows[0].Owner, rows[0].Kind, year, OwnerBalance.Of(rows.Where(r => r.Year == year), payouts.Where(p => p.PaidOn.Year == year)),
                    OwnerBalance.Of(rows, payouts), [.. rows.Where(r => r.Year == year)], [.. payouts.Where(p => p.PaidOn.Year == year)], account?.Version ?? 0));
            })
            .WithName("OwnerIncome")
            .RequireRoles(Roles.Staff)
            .WithSummary("An owner's year (by name, as the IP agreement names it): each payment's part, payouts, what it was owed and paid that year, and what remains at the year's end.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
