using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.RevenueSharing.CoOwners;
using TechTransfer.Licensing.Api.RevenueSharing.Payments;
using TechTransfer.Licensing.Api.RevenueSharing.Policies;

namespace TechTransfer.Licensing.Api.RevenueSharing;

public sealed record InventorTotal(string Currency, decimal Amount);

public sealed record InventorIncomeYear(Guid InventorId, int Year, IReadOnlyList<InventorTotal> Totals, IReadOnlyList<InventorIncomeRow> Parts);

/// <summary>Revenue sharing's endpoints (staff only: who is owed what is the office's business): inventors, payments, owners, policies.</summary>
public static class RevenueSharingEndpoints
{
    public static void MapRevenueShares(this RouteGroupBuilder group)
    {
        group.MapGet("/inventors/{inventorId:guid}/years/{year:int}", async Task<Ok<InventorIncomeYear>> (Guid inventorId, int year, IQuerySession session, CancellationToken ct) =>
            {
                CalendarYear.Check(year);
                var parts = await session.Query<InventorIncomeRow>().Where(r => r.InventorId == inventorId && r.Year == year).OrderBy(r => r.PaidOn).ToListAsync(ct);
                return TypedResults.Ok(new InventorIncomeYear(inventorId, year,
                    [.. parts.GroupBy(p => p.Amount.Currency).OrderBy(g => g.Key).Select(g => new InventorTotal(g.Key, g.Sum(p => p.Amount.Amount)))], parts));
            })
            .WithName("InventorIncome")
            .RequireRoles(Roles.Staff)
            .WithSummary("An inventor's shares of licence income in a year: each payment's part and the totals per currency.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPaymentShare();
        group.MapCoOwners();
        group.MapPolicies();
    }
}

public static class CalendarYear
{
    public static void Check(int year)
    {
        if (year is < 1950 or > 2200) throw new InvalidRequestException("year", "year must be a calendar year, e.g. 2026.");
    }
}
