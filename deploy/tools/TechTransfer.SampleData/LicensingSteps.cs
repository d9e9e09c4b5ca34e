using TechTransfer.Client.Licensing;

namespace TechTransfer.SampleData;

/// <summary>
/// A licence on a sample technology: the licensee (found by name or registered), a won expression of interest,
/// the licence running from 15 months ago (signed this year, its upfront fee paid that day), quarterly royalty reports since
/// (the first with the first sales, so a small firm's product moves the technology to phase 3), every statement paid but the last.
/// </summary>
public sealed class LicensingSteps(ILicensingApi staff, DateOnly today)
{
    private static readonly Dictionary<string, (string Country, string Size)> Licensees = new()
    {
        ["Cryo Solutions SARL"] = ("FR", "Small"),
        ["Amsterdam Scientific Instruments BV"] = ("NL", "Small"),
        ["Seven Solutions SL"] = ("ES", "Medium"),
        ["NDT Dynamics Ltd"] = ("GB", "Micro"),
        ["Bruker EAS GmbH"] = ("DE", "Large"),
        ["Quantum Materials AG"] = ("CH", "Small"),
    };

    public async Task LicenseAsync(Guid technology, SampleTechnology sample, int index, CancellationToken ct)
    {
        var name = sample.Licensee!;
        var (country, size) = Licensees.GetValueOrDefault(name, ("FR", "Small"));
        var licensee = (await staff.ListLicenseesAsync(ct)).FirstOrDefault(l => l.Name == name)?.Id
            ?? (await staff.RegisterLicenseeAsync(new RegisterLicenseeRequest(name, country, size,
                [new ContactDto("Head of Business Development", $"bd@{Slug(name)}.example", "Business development")]), ct)).Id;

        var interest = await staff.RegisterInterestAsync(new RegisterInterestRequest(technology, name, "Head of Business Development",
            $"bd@{Slug(name)}.example", "Seen in the catalogue: we would like to evaluate it."), ct);
        foreach (var stage in new[] { "Contacted", "Negotiating", "Won" })
            await staff.MoveInterestAsync(interest.Id, new MoveInterestRequest(stage, stage == "Won" ? "Licence signed" : null), ct: ct);

        var currency = sample.Facility == "PSI" ? "CHF" : "EUR";
        var starts = today.AddMonths(-15).AddDays(-index);
        var kind = index % 5 == 4 ? "NonExclusive" : "Exclusive";
        var licence = await staff.DraftLicenceAsync(new LicenceTermsRequest(technology, licensee, kind, starts, starts.AddYears(8),
            [sample.Applications[0]], Worldwide: index % 2 == 0, Countries: index % 2 == 0 ? null : [.. new[] { "FR", "DE", "CH", "IT", "NL", "ES", country }.Distinct()],
            Currency: currency, UpfrontFee: 15_000m + 1_000m * index, RoyaltyRate: 3m + index % 4, MinimumAnnualRoyalty: 5_000m), ct);
        // Signed this year (on 1 January too), covering the evaluation sales since the start date: this year's scoreboard counts it.
        var signedOn = today.AddDays(-Math.Min(index % 7, today.DayOfYear - 1));
        await staff.SignLicenceAsync(licence.Id, new SignLicenceRequest(signedOn), ct: ct);
        var upfront = (await staff.ListStatementsAsync(licence.Id, unpaid: true, ct)).Single();
        await staff.RecordPaymentAsync(licence.Id, new RecordPaymentRequest(upfront.Id, upfront.Amount.Amount, currency, signedOn), ct: ct);

        // A report for every period that has ended, on the dates Licensing's own schedule gives (a period is not "start
        // plus three months" from the day before: month ends and 29 February move it); sales grow as the product takes off.
        var ended = (await staff.ReportingPeriodsAsync(licence.Id, ct)).Where(p => p.Status is "Due" or "Overdue").ToList();
        var reports = new List<(ReportAccepted Report, DateOnly DueOn)>();
        foreach (var (period, quarter) in ended.Select((p, q) => (p, q)))
        {
            var sales = 40_000m + 25_000m * quarter + 1_000m * index;
            var report = await staff.SubmitRoyaltyReportAsync(licence.Id, new SubmitRoyaltyReportRequest(period.Start, period.End,
                [new SalesLineDto(country, currency, sales)], Product: quarter == 0 ? $"{sample.Title} kit" : null,
                FirstSoldOn: quarter == 0 ? period.Start.AddDays(20) : null), ct: ct);
            reports.Add((report, period.DueOn));
        }
        // Every statement paid on its report's due date (today at the latest) but the latest, still awaited.
        foreach (var (report, dueOn) in reports.SkipLast(1))
            await staff.RecordPaymentAsync(licence.Id, new RecordPaymentRequest(report.StatementId, report.Due, currency, dueOn < today ? dueOn : today), ct: ct);
    }

    /// <summary>Interest from firms still in the pipeline, on a marketed technology nobody licensed yet.</summary>
    public async Task InterestAsync(Guid technology, int index, CancellationToken ct)
    {
        var (company, stage) = (index % 3) switch
        {
            0 => ("Helvetic Cryo AG", "Negotiating"),
            1 => ("Nordic Imaging AB", "Contacted"),
            _ => ("Iberia Detectors SL", "New"),
        };
        var interest = await staff.RegisterInterestAsync(new RegisterInterestRequest(technology, company, "Innovation manager",
            $"innovation@{Slug(company)}.example", "Could we see a demonstration?"), ct);
        string[] path = stage switch { "Negotiating" => ["Contacted", "Negotiating"], "Contacted" => ["Contacted"], _ => [] };
        foreach (var next in path)
            await staff.MoveInterestAsync(interest.Id, new MoveInterestRequest(next), ct: ct);
    }

    private static string Slug(string name) => new([.. name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
}
