namespace TechTransfer.Licensing.Api.Licences;

/// <summary>A reporting period of a licence. <see cref="ClosesLicenceYear"/>: its last day is the last day of a complete licence year.</summary>
public sealed record ReportingPeriod(DateOnly Start, DateOnly End, int LicenceYear, bool ClosesLicenceYear)
{
    public DateOnly DueOn => End.AddDays(ReportingPeriods.ReportDueDays);
}

/// <summary>
/// Periods follow each other from the start date (3, 6 or 12 months each); the last one stops at the end date.
/// Licence year n runs from start + (n-1) years to the day before start + n years. A licence year cut short by
/// the end date is incomplete: no minimum annual royalty is owed for it.
/// </summary>
public static class ReportingPeriods
{
    /// <summary>A report is due this many days after its period ends.</summary>
    public const int ReportDueDays = 30;

    public static int Months(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Quarterly => 3,
        ReportingFrequency.SemiAnnual => 6,
        _ => 12,
    };

    public static IEnumerable<ReportingPeriod> Of(LicenceTerms terms, DateOnly? endedOn = null)
    {
        var months = Months(terms.ReportingFrequency);
        var last = endedOn is { } ended && ended < terms.EndsOn ? ended : terms.EndsOn;
        for (var k = 0; ; k++)
        {
            var start = terms.StartsOn.AddMonths(k * months);
            if (start > last) yield break;
            var naturalEnd = terms.StartsOn.AddMonths((k + 1) * months).AddDays(-1);
            var year = k * months / 12 + 1;
            var yearEnd = terms.StartsOn.AddYears(year).AddDays(-1);
            var end = naturalEnd > last ? last : naturalEnd;
            yield return new ReportingPeriod(start, end, year, end == yearEnd && naturalEnd == yearEnd);
        }
    }

    /// <summary>Periods of a signed licence whose report is past due and missing.</summary>
    public static IReadOnlyList<ReportingPeriod> Overdue(Licence licence, DateOnly today) =>
    [
        .. Of(licence.Terms, licence.EndedOn).Where(p => p.DueOn < today && licence.Reports.All(r => r.PeriodStart != p.Start)),
    ];
}
