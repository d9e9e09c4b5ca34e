using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Licensing.Api.Licences.SubmitRoyaltyReport;

/// <summary>The answer to a royalty report: the licence's new version, the report, its statement and what is due.</summary>
public sealed record ReportAccepted(Guid Id, long Version, Guid ReportId, Guid StatementId, decimal Due, string Currency);

public static class SubmitRoyaltyReportEndpoint
{
    public static void MapSubmitRoyaltyReport(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/royalty-reports", async Task<Ok<ReportAccepted>> (Guid id, SubmitRoyaltyReport command, ISessionFactory sessions, IQuerySession query,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                (await query.LoadAsync<Licence>(id, ct)).VisibleTo(http.User, l => l.LicenseeOrganisationId, "Licence", id);
                Guid reportId = Guid.CreateVersion7(), statementId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), l =>
                {
                    var events = SubmitRoyaltyReportDecision.Decide(l, command, http.User.Actor(), clock.GetUtcNow(), reportId, statementId);
                    return Decision.Of(events, events.OfType<RoyaltyReportSubmitted>().Single().Due);
                }, ct);
                return http.Answer(written, w => new ReportAccepted(w.Id, w.Version, reportId, statementId, w.Result.Amount, w.Result.Currency));
            })
            .WithName("SubmitRoyaltyReport")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("A licensee reports a period's net sales per territory (and sublicence income): the royalty is computed and a statement issued. A licensee's system: its own licences only. Takes If-Match.")
            .ProducesCommandProblems();
}
