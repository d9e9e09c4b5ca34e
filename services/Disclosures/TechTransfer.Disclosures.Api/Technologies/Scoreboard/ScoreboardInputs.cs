using Marten;

namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>Everything one year's scoreboard is computed from, read with indexed queries (facility optional).</summary>
public sealed record ScoreboardInputs(
    IReadOnlyList<ScoreboardFact> YearFacts,
    IReadOnlyList<ScoreboardFact> DisclosuresAndTransfers,
    IReadOnlyList<LicenceFact> Licences,
    IReadOnlyList<IncomeFact> Income,
    IReadOnlyList<StartUpFact> StartUps,
    IReadOnlyList<FundingFact> Funding,
    IReadOnlyList<JobsFact> Jobs)
{
    public static async Task<ScoreboardInputs> LoadAsync(IQuerySession session, int year, string? facility, CancellationToken ct)
    {
        DateOnly from = new(year, 1, 1), to = new(year, 12, 31);
        var yearFacts = session.Query<ScoreboardFact>().Where(f => f.Year == year);
        // Time to first transfer looks back over every year: a technology disclosed in 2019 may be licensed in 2026.
        var history = session.Query<ScoreboardFact>().Where(f => f.Measure == Measures.Disclosures || f.Measure == Measures.Transfers);
        var licences = session.Query<LicenceFact>().Where(l => l.SignedOn >= from && l.SignedOn <= to);
        var income = session.Query<IncomeFact>().Where(i => i.PaidOn >= from && i.PaidOn <= to);
        var startUps = session.Query<StartUpFact>().Where(s => s.FoundedOn <= to);
        var funding = session.Query<FundingFact>().Where(f => f.ClosedOn >= from && f.ClosedOn <= to);
        var jobs = session.Query<JobsFact>().Where(j => j.AsOf <= to);
        if (!string.IsNullOrWhiteSpace(facility))
        {
            var name = facility.Trim();
            yearFacts = yearFacts.Where(f => f.Facility == name);
            history = history.Where(f => f.Facility == name);
            licences = licences.Where(l => l.Facility == name);
            income = income.Where(i => i.Facility == name);
            startUps = startUps.Where(s => s.Facilities.Contains(name));
            funding = funding.Where(f => f.Facilities.Contains(name));
            jobs = jobs.Where(j => j.Facilities.Contains(name));
        }
        return new ScoreboardInputs(
            await yearFacts.ToListAsync(ct), await history.ToListAsync(ct), await licences.ToListAsync(ct), await income.ToListAsync(ct),
            await startUps.ToListAsync(ct), await funding.ToListAsync(ct), await jobs.ToListAsync(ct));
    }

    public static async Task<IReadOnlyList<SourceFreshness>> FreshnessAsync(IQuerySession session, CancellationToken ct)
    {
        var licensing = Latest((await session.Query<LicenceFact>().OrderByDescending(f => f.ReceivedAt).FirstOrDefaultAsync(ct))?.ReceivedAt,
            (await session.Query<IncomeFact>().OrderByDescending(f => f.ReceivedAt).FirstOrDefaultAsync(ct))?.ReceivedAt);
        var incubation = Latest((await session.Query<StartUpFact>().OrderByDescending(f => f.ReceivedAt).FirstOrDefaultAsync(ct))?.ReceivedAt,
            (await session.Query<JobsFact>().OrderByDescending(f => f.ReceivedAt).FirstOrDefaultAsync(ct))?.ReceivedAt);
        var financing = (await session.Query<FundingFact>().OrderByDescending(f => f.ReceivedAt).FirstOrDefaultAsync(ct))?.ReceivedAt;
        const string reported = "as of the latest report received over the bus";
        return
        [
            new(Sources.Disclosures, "current: counted in the same transaction as the events", null),
            new(Sources.Licensing, reported, licensing),
            new(Sources.Incubation, reported, incubation),
            new(Sources.Financing, reported, financing),
        ];
    }

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
