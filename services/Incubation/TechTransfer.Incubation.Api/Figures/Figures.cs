using TechTransfer.Incubation.Api.Funding;
using TechTransfer.Incubation.Api.Incubators;
using TechTransfer.Incubation.Api.StartUps;

namespace TechTransfer.Incubation.Api.Figures;

public sealed record LateMilestone(Guid Id, string Title, MilestoneKind Kind, DateOnly DueOn, int DaysLate);

public sealed record CohortMember(
    Guid StartUpId, string Name, StartUpStatus Status, DateOnly AdmittedOn, DateOnly? LeftOn, IReadOnlyList<LateMilestone> LateMilestones,
    IReadOnlyList<FundingToDate> Funding, JobsReport? LatestJobs, IReadOnlyList<string> Labels);

/// <summary>A cohort at a glance: its start-ups, their late milestones, funding to date (per currency) and latest head counts.</summary>
public sealed record CohortDashboard(
    Guid IncubatorId, Guid CohortId, string Cohort, DateOnly StartsOn, DateOnly EndsOn, DateOnly Today, int StartUps, int Alive, int LateMilestones,
    int Jobs, int ResearchersAndEngineers, IReadOnlyList<FundingToDate> Funding, IReadOnlyList<CohortMember> Members);

/// <summary>How many of a group were alive at the end of a year (today for the current year); the rate is a fraction to 4 places.</summary>
public sealed record SurvivalYear(int Year, DateOnly AsOf, int Alive, decimal? Rate);

public sealed record Survival(string Group, int Size, IReadOnlyList<SurvivalYear> Years);

/// <summary>The scoreboard's counts for one facility: start-ups created in the year, alive at its end, and their jobs then.</summary>
public sealed record FacilityCounts(string Facility, int StartUpsCreated, int Alive, int Jobs, int ResearchersAndEngineers);

/// <summary>A year's counts per facility, and totals where a start-up on several facilities' technologies counts once.</summary>
public sealed record YearCounts(
    int Year, DateOnly AsOf, IReadOnlyList<FacilityCounts> ByFacility, int StartUpsCreated, int Alive, int Jobs, int ResearchersAndEngineers);

/// <summary>
/// Pure arithmetic over start-up profiles. Alive = founded and not failed on the day counted: graduated and acquired
/// start-ups still operate, so they count as alive. A year is counted at its last day, or today while it runs.
/// </summary>
public static class FigureCalculations
{
    public static DateOnly EndOf(int year, DateOnly today) => new DateOnly(year, 12, 31) < today ? new DateOnly(year, 12, 31) : today;

    public static decimal? Rate(int part, int whole) => whole == 0 ? null : decimal.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    public static CohortDashboard Dashboard(Incubator incubator, Cohort cohort, IReadOnlyCollection<StartUp> startUps, DateOnly today)
    {
        var members = startUps.Select(s =>
        {
            var stay = s.Admissions.Last(a => a.CohortId == cohort.Id);
            return new CohortMember(s.Id, s.Name, s.Status, stay.AdmittedOn, stay.LeftOn,
                [.. s.Milestones.Where(m => m.IsLate(today)).OrderBy(m => m.DueOn).Select(m => new LateMilestone(m.Id, m.Title, m.Kind, m.DueOn, today.DayNumber - m.DueOn.DayNumber))],
                s.Funding, s.LatestJobs, [.. s.Labels.Where(l => l.HeldOn(today)).Select(l => l.Name)]);
        }).OrderBy(m => m.Name).ToList();
        var alive = startUps.Where(s => s.AliveOn(today)).ToList();
        return new CohortDashboard(incubator.Id, cohort.Id, cohort.Name, cohort.StartsOn, cohort.EndsOn, today, members.Count, alive.Count,
            members.Sum(m => m.LateMilestones.Count), alive.Sum(s => s.LatestJobs?.HeadCount ?? 0), alive.Sum(s => s.LatestJobs?.ResearchersAndEngineers ?? 0),
            SumFunding(startUps.SelectMany(s => s.Funding)), members);
    }

    public static IReadOnlyList<FundingToDate> SumFunding(IEnumerable<FundingToDate> funding) =>
    [
        .. funding.GroupBy(f => f.Currency).OrderBy(g => g.Key).Select(g =>
            new FundingToDate(g.Key, g.Sum(f => f.Rounds), g.Sum(f => f.Total), g.Sum(f => f.Public), g.Sum(f => f.Private), g.Sum(f => f.Unsplit))),
    ];

    /// <summary>Of <paramref name="group"/>, how many were alive at the end of each year from <paramref name="fromYear"/> to this one.</summary>
    public static Survival Survival(string name, IReadOnlyCollection<StartUp> group, int fromYear, DateOnly today) =>
        new(name, group.Count,
        [
            .. Enumerable.Range(fromYear, Math.Max(0, today.Year - fromYear + 1)).Select(year =>
            {
                var asOf = EndOf(year, today);
                var alive = group.Count(s => s.AliveOn(asOf));
                return new SurvivalYear(year, asOf, alive, Rate(alive, group.Count));
            }),
        ]);

    /// <summary>The year's counts, from every start-up founded on or before the year's end.</summary>
    public static YearCounts Year(int year, IReadOnlyCollection<StartUp> startUps, DateOnly today)
    {
        var asOf = EndOf(year, today);
        var founded = startUps.Where(s => s.FoundedOn is { } f && f <= asOf).ToList();
        bool CreatedInYear(StartUp s) => s.FoundedOn!.Value.Year == year;
        int Jobs(IEnumerable<StartUp> alive, Func<JobsReport, int> figure) => alive.Sum(s => s.JobsAsOf(asOf) is { } j ? figure(j) : 0);

        var byFacility = founded
            .SelectMany(s => s.Technologies.Select(t => t.Facility).Distinct().Select(facility => (facility, s)))
            .GroupBy(p => p.facility, p => p.s)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var alive = g.Where(s => s.AliveOn(asOf)).ToList();
                return new FacilityCounts(g.Key, g.Count(CreatedInYear), alive.Count, Jobs(alive, j => j.HeadCount), Jobs(alive, j => j.ResearchersAndEngineers));
            })
            .Where(f => f.StartUpsCreated > 0 || f.Alive > 0)
            .ToList();
        var allAlive = founded.Where(s => s.AliveOn(asOf)).ToList();
        return new YearCounts(year, asOf, byFacility, founded.Count(CreatedInYear), allAlive.Count,
            Jobs(allAlive, j => j.HeadCount), Jobs(allAlive, j => j.ResearchersAndEngineers));
    }
}
