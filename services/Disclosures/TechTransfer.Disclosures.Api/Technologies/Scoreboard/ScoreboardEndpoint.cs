using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>One facility's counts for one year. Transfers are by form (licence, start-up, …).</summary>
public sealed record FacilityYear(
    string Facility, int Year, int Disclosures, int PatentApplications, int PatentGrants, int Transfers, IReadOnlyDictionary<string, int> TransfersByForm);

public static class ScoreboardEndpoint
{
    public static void MapScoreboard(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<IReadOnlyList<FacilityYear>>> (int year, string? facility, IQuerySession session, CancellationToken ct) =>
            {
                if (year is < 1950 or > 2200) throw new InvalidRequest("year", "year must be a calendar year, e.g. 2026.");
                // Indexed on year and facility: reads one year's facts, never the event streams.
                var query = session.Query<ScoreboardFact>().Where(f => f.Year == year);
                if (!string.IsNullOrWhiteSpace(facility)) query = query.Where(f => f.Facility == facility.Trim());
                var facts = await query.ToListAsync(ct);
                return TypedResults.Ok<IReadOnlyList<FacilityYear>>([.. facts.GroupBy(f => f.Facility).OrderBy(g => g.Key).Select(g => Count(g.Key, year, g))]);
            })
            .WithName("Scoreboard")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("Counts per facility for one year: disclosures, patent applications, grants, transfers by form.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    public static FacilityYear Count(string facility, int year, IEnumerable<ScoreboardFact> facts)
    {
        var list = facts.ToList();
        int Of(string measure) => list.Count(f => f.Measure == measure);
        var byForm = list.Where(f => f.Measure == Measures.Transfers && f.Form is not null)
            .GroupBy(f => f.Form!).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        return new FacilityYear(facility, year, Of(Measures.Disclosures), Of(Measures.PatentApplications), Of(Measures.PatentGrants),
            Of(Measures.Transfers), byForm);
    }
}
