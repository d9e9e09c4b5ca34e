using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.Views;

namespace TechTransfer.Licensing.Api.Figures;

/// <summary>Income in one currency (never summed across currencies): running royalties and other income (upfront fees, milestones).</summary>
public sealed record RoyaltyIncome(string Currency, decimal RunningRoyalties, decimal OtherIncome, decimal Total);

/// <summary>One facility's licensing in a year, as the scoreboard counts it (AUTM/ASTP style).</summary>
public sealed record FacilityFigures(string Facility, int LicencesSigned, int Exclusive, int NonExclusive, int Options, int LicencesEarningRoyalties,
    IReadOnlyList<RoyaltyIncome> Income);

public sealed record YearFigures(int Year, IReadOnlyList<FacilityFigures> Facilities);

/// <summary>Pure arithmetic over the signed-licence and income facts of a year.</summary>
public static class FigureCalculations
{
    public static IReadOnlyList<FacilityFigures> ByFacility(IReadOnlyCollection<LicenceFact> signed, IReadOnlyCollection<IncomeFact> income) =>
    [
        .. signed.Select(s => s.Facility).Concat(income.Select(i => i.Facility)).Distinct().Order().Select(facility =>
        {
            var licences = signed.Where(s => s.Facility == facility).ToList();
            var paid = income.Where(i => i.Facility == facility).ToList();
            return new FacilityFigures(facility, licences.Count, licences.Count(l => l.Kind == LicenceKind.Exclusive),
                licences.Count(l => l.Kind == LicenceKind.NonExclusive), licences.Count(l => l.Kind == LicenceKind.Option),
                paid.Where(p => p.RunningRoyalties > 0m).Select(p => p.LicenceId).Distinct().Count(),
                [.. paid.GroupBy(p => p.Currency).OrderBy(g => g.Key).Select(g =>
                {
                    decimal running = g.Sum(p => p.RunningRoyalties), other = g.Sum(p => p.OtherIncome);
                    return new RoyaltyIncome(g.Key, running, other, running + other);
                })]);
        }),
    ];
}

public static class FigureEndpoints
{
    public static void MapFigures(this RouteGroupBuilder group) =>
        group.MapGet("/years/{year:int}", async Task<Ok<YearFigures>> (int year, string? facility, IQuerySession session, CancellationToken ct) =>
            {
                if (year is < 1950 or > 2200) throw new InvalidRequestException("year", "year must be a calendar year, e.g. 2026.");
                var signed = session.Query<LicenceFact>().Where(f => f.Year == year);
                var income = session.Query<IncomeFact>().Where(f => f.Year == year);
                if (!string.IsNullOrWhiteSpace(facility))
                {
                    signed = signed.Where(f => f.Facility == facility);
                    income = income.Where(f => f.Facility == facility);
                }
                return TypedResults.Ok(new YearFigures(year, FigureCalculations.ByFacility(await signed.ToListAsync(ct), await income.ToListAsync(ct))));
            })
            .WithName("YearFigures")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("Per facility in a year: licences signed (by kind), licences earning running royalties, and royalty income per currency (running vs other).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
}
