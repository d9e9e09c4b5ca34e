using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api.Licences.Views;

namespace TechTransfer.Licensing.Api.RevenueSharing.GetInventorIncome;

public sealed record InventorTotal(string Currency, decimal Amount);

public sealed record InventorIncomeYear(Guid InventorId, int Year, IReadOnlyList<InventorTotal> Totals, IReadOnlyList<InventorIncomeRow> Parts);

public static class GetInventorIncomeEndpoint
{
    public static void MapGetInventorIncome(this RouteGroupBuilder group) =>
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
}
