namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>Pure arithmetic: one facility's year from the facts (unit-tested without a database).</summary>
public static class ScoreboardCalculation
{
    /// <summary>Every facility with something to count (or only <paramref name="facility"/>: a shared start-up names others too).</summary>
    public static IReadOnlyList<FacilityYear> ForEachFacility(ScoreboardInputs inputs, int year, string? facility = null) =>
    [
        .. inputs.YearFacts.Select(f => f.Facility)
            .Concat(inputs.Licences.Select(l => l.Facility))
            .Concat(inputs.Income.Select(i => i.Facility))
            .Concat(inputs.StartUps.SelectMany(s => s.Facilities))
            .Concat(inputs.Funding.SelectMany(f => f.Facilities))
            .Distinct().Order(StringComparer.Ordinal)
            .Where(f => string.IsNullOrWhiteSpace(facility) || f == facility.Trim())
            .Select(f => For(f, year, inputs)),
    ];

    public static FacilityYear For(string facility, int year, ScoreboardInputs inputs)
    {
        var facts = inputs.YearFacts.Where(f => f.Facility == facility).ToList();
        int Of(string measure) => facts.Count(f => f.Measure == measure);
        var byForm = facts.Where(f => f.Measure == Measures.Transfers && f.Form is not null)
            .GroupBy(f => f.Form!).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        int Form(TransferForm form) => byForm.GetValueOrDefault(form.WireName());

        var licences = inputs.Licences.Where(l => l.Facility == facility && l.SignedOn.Year == year).ToList();
        var income = inputs.Income.Where(i => i.Facility == facility && i.PaidOn.Year == year).ToList();
        var startUps = inputs.StartUps.Where(s => s.Facilities.Contains(facility)).ToList();
        var funding = inputs.Funding.Where(f => f.Facilities.Contains(facility) && f.ClosedOn.Year == year).ToList();

        return new FacilityYear(facility, year,
            Of(Measures.Disclosures), Of(Measures.PatentApplications), Of(Measures.PatentGrants), Of(Measures.Transfers), byForm,
            new LicenceFigures(licences.Count,
                licences.Count(l => l.Kind == Feeds.LicenceKinds.Exclusive),
                licences.Count(l => l.Kind == Feeds.LicenceKinds.NonExclusive),
                licences.Count(l => l.Kind == Feeds.LicenceKinds.Option),
                income.Where(i => i.RunningRoyalties > 0).Select(i => i.LicenceId).Distinct().Count()),
            [.. income.GroupBy(i => i.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new LicenceIncome(g.Key, g.Sum(i => i.Amount), g.Sum(i => i.RunningRoyalties), g.Sum(i => i.OtherIncome)))],
            new StartUpFigures(startUps.Count(s => s.FoundedOn?.Year == year), startUps.Count(s => s.AliveAtEndOf(year))),
            new AgreementFigures(Form(TransferForm.PartnershipAgreement), Form(TransferForm.ConsultingAgreement), Form(TransferForm.ServiceContract),
                Form(TransferForm.Standardisation)),
            [.. funding.GroupBy(f => f.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                decimal publicMoney = g.Sum(f => f.PublicMoney), privateMoney = g.Sum(f => f.PrivateMoney);
                return new MoneyRaised(g.Key, g.Count(), g.Sum(f => f.Raised), publicMoney, privateMoney, Ratio(privateMoney, publicMoney, 2));
            })],
            Jobs(facility, year, inputs.Jobs, startUps),
            Of(Measures.CommercialProducts),
            FirstTransfers(facility, year, inputs.DisclosuresAndTransfers));
    }

    /// <summary>The latest report (up to the year's end) of each start-up still alive at the year's end.</summary>
    public static JobFigures Jobs(string facility, int year, IEnumerable<JobsFact> jobs, IReadOnlyCollection<StartUpFact> startUps)
    {
        var alive = startUps.Where(s => s.AliveAtEndOf(year)).Select(s => s.Id).ToHashSet();
        var latest = jobs.Where(j => j.Facilities.Contains(facility) && j.AsOf.Year <= year && alive.Contains(j.StartUpId))
            .GroupBy(j => j.StartUpId).Select(g => g.MaxBy(j => j.AsOf)!).ToList();
        return new JobFigures(latest.Sum(j => j.HeadCount), latest.Sum(j => j.ResearchersAndEngineers), latest.Count);
    }

    /// <summary>Days from disclosure to the first transfer of each technology first transferred in the year; the median of those.</summary>
    public static TimeToFirstTransfer? FirstTransfers(string facility, int year, IEnumerable<ScoreboardFact> history)
    {
        var ofFacility = history.Where(f => f.Facility == facility && f.On is not null).ToList();
        var disclosed = ofFacility.Where(f => f.Measure == Measures.Disclosures).GroupBy(f => f.TechnologyId).ToDictionary(g => g.Key, g => g.Min(f => f.On!.Value));
        var days = ofFacility.Where(f => f.Measure == Measures.Transfers)
            .GroupBy(f => f.TechnologyId)
            .Select(g => (g.Key, First: g.Min(f => f.On!.Value)))
            .Where(t => t.First.Year == year && disclosed.ContainsKey(t.Key))
            .Select(t => (decimal)Math.Max(0, t.First.DayNumber - disclosed[t.Key].DayNumber))
            .Order().ToList();
        if (days.Count == 0) return null;
        var middle = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
        return new TimeToFirstTransfer(days.Count, median);
    }

    /// <summary>A ratio rounded half away from zero; none when the divisor is zero.</summary>
    public static decimal? Ratio(decimal dividend, decimal divisor, int places) =>
        divisor == 0 ? null : Math.Round(dividend / divisor, places, MidpointRounding.AwayFromZero);
}
