using TechTransfer.Disclosures.Api.Technologies.Patents;

namespace TechTransfer.Disclosures.Api.Technologies.Worklists;

/// <summary>Pure: which deadlines a filing opens and which it meets.</summary>
public static class PatentDeadlines
{
    /// <summary>
    /// A first filing (its own priority) outside the PCT opens the 12-month priority year; a PCT filing opens
    /// the national phases at 30 and 31 months from its priority date.
    /// </summary>
    public static IEnumerable<PatentDeadline> Opened(Guid technologyId, PatentApplicationFiled filed)
    {
        var pct = IsPct(filed.Office);
        if (!pct && filed.PriorityDate == filed.FiledOn)
            yield return Deadline(PriorityYearId(technologyId, filed.PriorityDate), PatentDeadlineKind.PriorityYear, 12);
        if (pct)
        {
            yield return Deadline($"{filed.ApplicationId:N}:national-phase-30", PatentDeadlineKind.NationalPhase30, 30);
            yield return Deadline($"{filed.ApplicationId:N}:national-phase-31", PatentDeadlineKind.NationalPhase31, 31);
        }

        PatentDeadline Deadline(string id, PatentDeadlineKind kind, int months) => new(id, technologyId, filed.ApplicationId,
            filed.Office, filed.ApplicationNumber, kind, filed.PriorityDate, filed.PriorityDate.AddMonths(months));
    }

    /// <summary>A later filing that claims an earlier priority meets that priority year.</summary>
    public static IEnumerable<string> Met(Guid technologyId, PatentApplicationFiled filed) =>
        filed.PriorityDate < filed.FiledOn ? [PriorityYearId(technologyId, filed.PriorityDate)] : [];

    /// <summary>The days a worklist of the next <paramref name="days"/> days covers: today (a deadline due today is still open) to today + days.</summary>
    public static (DateOnly From, DateOnly Until) Window(DateOnly today, int days) => (today, today.AddDays(days));

    private static string PriorityYearId(Guid technologyId, DateOnly priority) => $"{technologyId:N}:priority-year:{priority:yyyy-MM-dd}";

    private static bool IsPct(string office) => office is "PCT" or "WO";
}
