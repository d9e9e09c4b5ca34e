using System.Text;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>
/// The scoreboard per facility and year, fed by this service's events and the other services' integration
/// events; as JSON, as CSV, and in the AUTM survey's shape. Aggregated counts only: any signed-in role may read it.
/// </summary>
public static class ScoreboardEndpoint
{
    private static readonly string[] Readers = [Roles.Staff, Roles.Partner, Roles.Financier, Roles.IncubatorManager];

    public static void MapScoreboard(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<Scoreboard>> (int year, string? facility, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await ComputeAsync(session, Year(year), facility, clock, ct)))
            .WithName("Scoreboard")
            .RequireRoles(Readers)
            .WithSummary("Per facility for one year: disclosures, patents, licences and royalty income, start-ups, agreements, money raised and leverage, jobs, time to first transfer; with each source's freshness.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/csv", async Task<FileContentHttpResult> (int year, string? facility, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var scoreboard = await ComputeAsync(session, Year(year), facility, clock, ct);
                return TypedResults.File(Encoding.UTF8.GetBytes(ScoreboardCsv.Write(scoreboard.Facilities)), "text/csv; charset=utf-8", $"scoreboard-{year}.csv");
            })
            .WithName("ScoreboardCsv")
            .RequireRoles(Readers)
            .WithSummary("The same scoreboard as CSV, one row per facility, money in one column per currency.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/autm", async Task<Ok<AutmSurvey>> (int year, string? facility, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var inputs = await ScoreboardInputs.LoadAsync(session, Year(year), facility, ct);
                return TypedResults.Ok(AutmCalculation.For(year, string.IsNullOrWhiteSpace(facility) ? null : facility.Trim(), inputs, clock.GetUtcNow()));
            })
            .WithName("ScoreboardAutm")
            .RequireRoles(Readers)
            .WithSummary("The year in the AUTM licensing survey's shape (institution-wide, or one facility).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    public static async Task<Scoreboard> ComputeAsync(IQuerySession session, int year, string? facility, TimeProvider clock, CancellationToken ct)
    {
        var inputs = await ScoreboardInputs.LoadAsync(session, year, facility, ct);
        return new Scoreboard(year, clock.GetUtcNow(), await ScoreboardInputs.FreshnessAsync(session, ct), ScoreboardCalculation.ForEachFacility(inputs, year, facility));
    }

    private static int Year(int year) =>
        year is < 1950 or > 2200 ? throw new InvalidRequestException("year", "year must be a calendar year, e.g. 2026.") : year;
}
