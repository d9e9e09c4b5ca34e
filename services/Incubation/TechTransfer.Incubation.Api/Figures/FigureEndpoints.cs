using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Incubation.Api.Funding;
using TechTransfer.Incubation.Api.Incubators;
using TechTransfer.Incubation.Api.StartUps;
using TechTransfer.Incubation.Api.StartUps.Facts;

namespace TechTransfer.Incubation.Api.Figures;

/// <summary>Figures read start-up profiles through indexed columns (founding date) or admission rows (cohort): never the event streams.</summary>
public static class FigureEndpoints
{
    /// <summary>The scoreboard's counts and survival by founding year: the transfer office's figures.</summary>
    public static void MapFigures(this RouteGroupBuilder group)
    {
        group.MapGet("/years/{year:int}", async Task<Ok<YearCounts>> (int year, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var today = Today(clock);
                var asOf = ValidYear(year, today);
                var startUps = await session.Query<StartUp>().Where(s => s.FoundedOn != null && s.FoundedOn <= asOf).ToListAsync(ct);
                return TypedResults.Ok(FigureCalculations.Year(year, startUps, today));
            })
            .WithName("YearCounts")
            .RequireRoles(Roles.Staff)
            .WithSummary("Per facility (of the start-ups' technologies) for a year: start-ups created, alive at the year's end (today while it runs), and their jobs then.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/survival/founded/{year:int}", async Task<Ok<Survival>> (int year, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var today = Today(clock);
                ValidYear(year, today);
                DateOnly from = new(year, 1, 1), to = new(year, 12, 31);
                var founded = await session.Query<StartUp>().Where(s => s.FoundedOn != null && s.FoundedOn >= from && s.FoundedOn <= to).ToListAsync(ct);
                return TypedResults.Ok(FigureCalculations.Survival($"founded in {year}", founded, year, today));
            })
            .WithName("SurvivalByFoundingYear")
            .RequireRoles(Roles.Staff)
            .WithSummary("Of the start-ups founded in a year, how many were alive at the end of each year since (alive = not failed; acquired counts as alive).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>Cohort figures, under an incubator: staff, or that incubator's managers.</summary>
    public static void MapCohortFigures(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/cohorts/{cohortId:guid}/dashboard", async Task<Ok<CohortDashboard>> (Guid id, Guid cohortId, IQuerySession session, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var (incubator, cohort, members) = await CohortAsync(session, id, cohortId, http, ct);
                return TypedResults.Ok(FigureCalculations.Dashboard(incubator, cohort, members, Today(clock)));
            })
            .WithName("CohortDashboard")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A cohort's start-ups: late milestones (due before today, neither achieved nor missed), funding to date per currency, latest jobs, labels held.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/cohorts/{cohortId:guid}/survival", async Task<Ok<Survival>> (Guid id, Guid cohortId, IQuerySession session, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var (_, cohort, members) = await CohortAsync(session, id, cohortId, http, ct);
                return TypedResults.Ok(FigureCalculations.Survival($"cohort {cohort.Name}", members, cohort.StartsOn.Year, Today(clock)));
            })
            .WithName("CohortSurvival")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Of the start-ups admitted to a cohort, how many were alive at the end of each year since it started (acquired counts as alive).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<(Incubator, Cohort, IReadOnlyList<StartUp>)> CohortAsync(IQuerySession session, Guid id, Guid cohortId, HttpContext http, CancellationToken ct)
    {
        var incubator = (await session.LoadAsync<Incubator>(id, ct)).VisibleTo(http.User, id);
        var cohort = incubator.Cohorts.FirstOrDefault(c => c.Id == cohortId) ?? throw new NotFoundException("Cohort", cohortId);
        var ids = (await session.Query<AdmissionFact>().Where(a => a.CohortId == cohortId).Select(a => a.StartUpId).ToListAsync(ct)).Distinct().ToArray();
        var members = ids.Length == 0 ? [] : await session.WithFundingAsync(await session.LoadManyAsync<StartUp>(ct, ids), ct);
        return (incubator, cohort, members);
    }

    private static DateOnly ValidYear(int year, DateOnly today) =>
        year >= 1950 && year <= today.Year ? FigureCalculations.EndOf(year, today) : throw new InvalidRequestException("year", $"year must be a calendar year from 1950 to {today.Year}.");

    private static DateOnly Today(TimeProvider clock) => StartUpRules.Today(clock.GetUtcNow());
}
