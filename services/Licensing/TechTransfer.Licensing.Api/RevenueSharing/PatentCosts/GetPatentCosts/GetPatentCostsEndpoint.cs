using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.RevenueSharing.PatentCosts.GetPatentCosts;

public sealed record CurrencyAmounts(string Currency, decimal Recorded, decimal Recovered, decimal Unrecovered);

/// <summary>A technology's patent costs and what payments recovered of them, per currency; the facility's net income per year (the tiers' basis).</summary>
public sealed record PatentCostLedger(Guid Id, Guid TechnologyId, IReadOnlyList<PatentCost> Costs, IReadOnlyList<CurrencyAmounts> Totals, IReadOnlyList<YearIncome> Income,
    long Version)
{
    public static PatentCostLedger From(TechnologyLedger l) => new(l.Id, l.TechnologyId, l.Costs,
        [.. l.Costs.Select(c => c.Amount.Currency).Union(l.Recovered.Keys).Order().Select(c =>
            new CurrencyAmounts(c, l.RecordedIn(c).Amount, l.Recovered.GetValueOrDefault(c), l.Unrecovered(c).Amount))],
        [.. l.Income.OrderBy(i => i.Year).ThenBy(i => i.Currency)], l.Version);
}

public static class GetPatentCostsEndpoint
{
    public static void MapGetPatentCosts(this RouteGroupBuilder group) =>
        group.MapGet("/technologies/{technologyId:guid}", async Task<Ok<PatentCostLedger>> (Guid technologyId, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var ledger = await session.LoadAsync<TechnologyLedger>(StreamKeys.Ledger(technologyId), ct) ?? throw new NotFoundException("Patent cost ledger of technology", technologyId);
                http.Response.SetETag(ledger.Version);
                return TypedResults.Ok(PatentCostLedger.From(ledger));
            })
            .WithName("GetPatentCosts")
            .RequireRoles(Roles.Staff)
            .WithSummary("A technology's recorded patent costs, what licence income recovered of them and what is left, per currency; its version as ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
