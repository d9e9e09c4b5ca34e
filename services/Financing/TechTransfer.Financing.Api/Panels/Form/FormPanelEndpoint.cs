using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Financing.Api.Investors;

namespace TechTransfer.Financing.Api.Panels.Form;

public static class FormPanelEndpoint
{
    public static void MapFormPanel(this RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<Written>> (FormPanel command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var ids = command.Members.Distinct().ToArray();
                var known = (await query.LoadManyAsync<Investor>(ct, ids)).Select(i => i.Id).ToHashSet();
                var id = Guid.CreateVersion7();
                var events = FormPanelDecision.Decide(id, command, known, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Panel>(id, events, ct), $"/panels/{id}");
            })
            .WithName("FormPanel")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Form a panel of financiers from registered investors.")
            .ProducesCommandProblems();
}
