using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Financing.Api.Investors;

namespace TechTransfer.Financing.Api.Panels.AddMember;

public static class AddPanelMemberEndpoint
{
    public static void MapAddPanelMember(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/members", async Task<Ok<Written>> (Guid id, AddPanelMember command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var investorId = command.InvestorId!.Value;
                var known = await query.LoadAsync<Investor>(investorId, ct) is not null;
                return http.Answer(await sessions.WriteAsync(http.Write<Panel>(id, OnConflict.Refuse), p => AddPanelMemberDecision.Decide(p, investorId, known, http.User.Actor(), clock.GetUtcNow()), ct));
            })
            .WithName("AddPanelMember")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Add a registered investor to the panel. Takes If-Match.")
            .ProducesCommandProblems();
}
