using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api.Licences.Views;

namespace TechTransfer.Licensing.Api.Licences.ListStatements;

public static class ListStatementsEndpoint
{
    public static void MapListStatements(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<IReadOnlyList<StatementView>>> (Guid? licenceId, bool? unpaid, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var query = session.Query<StatementView>().AsQueryable();
                if (http.User.LicenseeFilter() is { } own) query = query.Where(s => s.LicenseeOrganisationId == own);
                if (licenceId is { } l) query = query.Where(s => s.LicenceId == l);
                if (unpaid is true) query = query.Where(s => !s.Settled);
                return TypedResults.Ok<IReadOnlyList<StatementView>>(await query.OrderByDescending(s => s.IssuedOn).Take(1000).ToListAsync(ct));
            })
            .WithName("ListStatements")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("Statements, newest first (at most 1000), by licence, unpaid only if asked. A licensee's system sees only its own.");
}
