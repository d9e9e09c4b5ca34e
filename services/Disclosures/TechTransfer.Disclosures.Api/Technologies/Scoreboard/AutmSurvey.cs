namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>
/// The year in the shape of the AUTM licensing survey, so an office can fill it in. Institution-wide (every
/// facility) unless a facility is asked for; a start-up founded on two facilities' technologies counts once.
/// </summary>
public sealed record AutmSurvey(
    int Year,
    string? Facility,
    DateTimeOffset ComputedAt,
    int LicensesExecuted,
    int OptionsExecuted,
    int ExclusiveLicenses,
    int NonExclusiveLicenses,
    IReadOnlyList<AutmLicenseIncome> LicenseIncome,
    int InventionDisclosuresReceived,
    int NewPatentApplicationsFiled,
    int PatentsIssued,
    int StartUpsFormed,
    int StartUpsStillOperating,
    int NewCommercialProducts,
    IReadOnlyList<string> Notes);

/// <summary>License income per currency, as the survey splits it.</summary>
public sealed record AutmLicenseIncome(string Currency, decimal Total, decimal RunningRoyalties, decimal CashedInEquity, decimal Other);

public static class AutmCalculation
{
    public static readonly IReadOnlyList<string> Notes =
    [
        "Options are counted apart from licenses; the exclusive/non-exclusive split is of licenses only.",
        "Running royalties include minimum-royalty top-ups and sublicence shares; other income is upfront fees and milestone payments.",
        "Cashed-in equity is not tracked by TechTransfer: it is always 0.",
        "New commercial products: technologies that reached the SME-product phase in the year.",
        "Start-ups still operating: founded up to the end of the year and not failed by then (acquired ones still operate).",
    ];

    public static AutmSurvey For(int year, string? facility, ScoreboardInputs inputs, DateTimeOffset now)
    {
        int Of(string measure) => inputs.YearFacts.Count(f => f.Measure == measure);
        var licences = inputs.Licences.Where(l => l.SignedOn.Year == year).ToList();
        var options = licences.Count(l => l.Kind == Feeds.LicenceKinds.Option);
        var income = inputs.Income.Where(i => i.PaidOn.Year == year);
        return new AutmSurvey(year, facility, now,
            licences.Count - options, options,
            licences.Count(l => l.Kind == Feeds.LicenceKinds.Exclusive),
            licences.Count(l => l.Kind == Feeds.LicenceKinds.NonExclusive),
            [.. income.GroupBy(i => i.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new AutmLicenseIncome(g.Key, g.Sum(i => i.Amount), g.Sum(i => i.RunningRoyalties), 0m, g.Sum(i => i.OtherIncome)))],
            Of(Measures.Disclosures), Of(Measures.PatentApplications), Of(Measures.PatentGrants),
            inputs.StartUps.Count(s => s.FoundedOn?.Year == year), inputs.StartUps.Count(s => s.AliveAtEndOf(year)),
            Of(Measures.CommercialProducts), Notes);
    }
}
