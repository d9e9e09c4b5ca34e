using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api.Licences.ReportingSchedule;

/// <summary>Where a reporting period stands: reported, not ended yet, ended and awaiting its report, or past the report's due date.</summary>
public enum PeriodStatus
{
    Upcoming,
    Due,
    Overdue,
    Reported,
}

/// <summary>One reporting period of a licence, as the licensee must report it (the exact dates a report must name).</summary>
public sealed record ScheduledPeriod(DateOnly Start, DateOnly End, int LicenceYear, bool ClosesLicenceYear, DateOnly DueOn, PeriodStatus Status, Guid? ReportId);

public static class ReportingScheduleEndpoint
{
    public static void MapReportingSchedule(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/reporting-periods", async Task<Ok<IReadOnlyList<ScheduledPeriod>>> (Guid id, IQuerySession session, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var licence = (await session.LoadAsync<Licence>(id, ct)).VisibleTo(http.User, l => l.LicenseeOrganisationId, "Licence", id);
                return TypedResults.Ok(Schedule(licence, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
            })
            .WithName("ReportingPeriods")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("Every reporting period of the licence's term (or up to its end), with its due date and whether it was reported. A licensee's system sees only its own.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static IReadOnlyList<ScheduledPeriod> Schedule(Licence licence, DateOnly today) =>
    [
        .. ReportingPeriods.Of(licence.Terms, licence.EndedOn).Select(p =>
        {
            var report = licence.Reports.FirstOrDefault(r => r.PeriodStart == p.Start);
            var status = report is not null ? PeriodStatus.Reported
                : p.End >= today ? PeriodStatus.Upcoming
                : p.DueOn >= today ? PeriodStatus.Due
                : PeriodStatus.Overdue;
            return new ScheduledPeriod(p.Start, p.End, p.LicenceYear, p.ClosesLicenceYear, p.DueOn, status, report?.ReportId);
        }),
    ];
}
