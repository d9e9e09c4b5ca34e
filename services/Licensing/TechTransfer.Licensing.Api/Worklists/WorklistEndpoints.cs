using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.Views;

namespace TechTransfer.Licensing.Api.Worklists;

/// <summary>A report past due: its period, when it was due, and whose licence.</summary>
public sealed record OverdueReport(Guid LicenceId, Guid LicenseeId, string LicenseeName, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn, int DaysOverdue);

/// <summary>A statement not fully paid; <see cref="Overdue"/> once its due date has passed.</summary>
public sealed record UnpaidStatement(Guid StatementId, Guid LicenceId, string LicenseeName, StatementKind Kind, string Description, Money Amount, Money Outstanding,
    DateOnly DueOn, bool Overdue);

public static class WorklistEndpoints
{
    public static void MapWorklists(this RouteGroupBuilder group)
    {
        group.MapGet("/overdue-reports", async Task<Ok<IReadOnlyList<OverdueReport>>> (IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                // Signed licences only (an indexed status); each one's missing periods are computed, not stored.
                var signed = await session.Query<Licence>().Where(l => l.Status == LicenceStatus.Signed).Take(5000).ToListAsync(ct);
                return TypedResults.Ok<IReadOnlyList<OverdueReport>>(
                [
                    .. signed.SelectMany(l => ReportingPeriods.Overdue(l, today)
                            .Select(p => new OverdueReport(l.Id, l.LicenseeId, l.LicenseeName, p.Start, p.End, p.DueOn, today.DayNumber - p.DueOn.DayNumber)))
                        .OrderByDescending(o => o.DaysOverdue),
                ]);
            })
            .WithName("OverdueReports")
            .RequireRoles(Roles.Staff)
            .WithSummary("Royalty reports of signed licences not received 30 days after their period ended, most overdue first.");

        group.MapGet("/unpaid-statements", async Task<Ok<IReadOnlyList<UnpaidStatement>>> (IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                var unpaid = await session.Query<StatementView>().Where(s => !s.Settled).OrderBy(s => s.DueOn).Take(1000).ToListAsync(ct);
                return TypedResults.Ok<IReadOnlyList<UnpaidStatement>>(
                [
                    .. unpaid.Select(s => new UnpaidStatement(s.Id, s.LicenceId, s.LicenseeName, s.Kind, s.Description, s.Amount, s.Amount - s.Paid, s.DueOn, s.DueOn < today)),
                ]);
            })
            .WithName("UnpaidStatements")
            .RequireRoles(Roles.Staff)
            .WithSummary("Statements not fully paid, earliest due first, each saying whether it is overdue.");
    }
}
