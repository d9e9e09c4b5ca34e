using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Financing.Api.Panels;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.Rounds.Views;

namespace TechTransfer.Financing.Api.Figures;

/// <summary>Figures read closed-round facts by indexed year or start-up, and a panel's snapshot: never the event streams.</summary>
public static class FigureEndpoints
{
    public static void MapFigures(this RouteGroupBuilder group)
    {
        group.MapGet("/years/{year:int}", async Task<Ok<YearFigures>> (int year, IQuerySession session, CancellationToken ct) =>
            {
                if (year is < 1950 or > 2200) throw new InvalidRequestException("year", "year must be a calendar year, e.g. 2026.");
                var facts = await session.Query<ClosedRoundFact>().Where(f => f.Year == year).ToListAsync(ct);
                return TypedResults.Ok(new YearFigures(year, FigureCalculations.ByCurrency(facts),
                    facts.GroupBy(f => f.Instrument.WireName()).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
                    FigureCalculations.Time(facts)));
            })
            .WithName("YearFigures")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Rounds closed in a year: money raised per currency, public and private, leverage (private per unit of public), time to raise.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/start-ups/{startUpId:guid}", async Task<Ok<StartUpFigures>> (Guid startUpId, IQuerySession session, CancellationToken ct) =>
            {
                var facts = await session.Query<ClosedRoundFact>().Where(f => f.StartUpId == startUpId).OrderBy(f => f.ClosedOn).ToListAsync(ct);
                return TypedResults.Ok(new StartUpFigures(startUpId, FigureCalculations.ByCurrency(facts), FigureCalculations.Time(facts), facts));
            })
            .WithName("StartUpFigures")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("A start-up's closed rounds: money raised, public and private, leverage and time to raise.");

        group.MapGet("/panels/{panelId:guid}", async Task<Ok<PanelFigures>> (Guid panelId, IQuerySession session, CancellationToken ct) =>
            {
                var panel = await session.LoadAsync<Panel>(panelId, ct) ?? throw new NotFoundException("Panel", panelId);
                var presented = panel.Pitches.Select(p => p.StartUpId).Distinct().ToArray();
                var facts = presented.Length == 0 ? [] : await session.Query<ClosedRoundFact>().Where(f => presented.Contains(f.StartUpId)).ToListAsync(ct);
                return TypedResults.Ok(FigureCalculations.ForPanel(panel, facts));
            })
            .WithName("PanelFigures")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("A panel's pitch success rate, and what the start-ups it heard raised afterwards, how much and how many months later.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
