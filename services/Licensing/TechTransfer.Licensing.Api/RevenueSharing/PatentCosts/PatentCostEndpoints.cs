using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.KnownTechnologies.Remote;
using TechTransfer.Licensing.Api.Licences;

namespace TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;

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

public sealed record PatentCostAccepted(Guid Id, long Version, Guid CostId);

public static class PatentCostEndpoints
{
    public static void MapPatentCosts(this RouteGroupBuilder group)
    {
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

        group.MapPost("/technologies/{technologyId:guid}", async Task<Ok<PatentCostAccepted>> (Guid technologyId, RecordPatentCost command, ISessionFactory sessions,
                TechnologyLookup technologies, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var costId = Guid.CreateVersion7();
                var now = clock.GetUtcNow();
                // The cost's own rules first: a bad amount is named without a round trip to Disclosures.
                var events = PatentCostDecisions.Record(technologyId, command, costId, LicenceDecisions.Today(now), http.User.Actor(), now);
                if (await technologies.ExistingAsync(technologyId, ct) is null)
                    throw new DomainRuleViolationException("technology-is-known", $"Disclosures has no technology {technologyId}.");
                var id = StreamKeys.Ledger(technologyId);
                var written = await sessions.WriteOrStartAsync(http.Write<TechnologyLedger>(id, OnConflict.DecideAgain), _ => events, ct);
                return http.Answer(written, w => new PatentCostAccepted(w.Id, w.Version, costId));
            })
            .WithName("RecordPatentCost")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record a patent cost paid for a technology (amount, currency, day, reference); policies that deduct patent costs recover it from the facility's part of later payments. Takes If-Match (0 before the first).")
            .ProducesCommandProblems()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }
}
