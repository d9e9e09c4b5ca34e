using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.Licensees;

namespace TechTransfer.Licensing.Api.Licences.Draft;

public static class DraftLicenceEndpoint
{
    public static void MapDraftLicence(this RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<Written>> (LicenceTermsRequest command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                var licensee = command.LicenseeId is { } l ? await query.LoadAsync<Licensee>(l, ct) : null;
                var events = DraftLicenceDecision.Decide(id, command, licensee, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Licence>(id, events, ct), $"/licences/{id}");
            })
            .WithName("DraftLicence")
            .RequireRoles(Roles.Staff)
            .WithSummary("Draft a licence: technology, licensee, kind, fields of use, territory, term, upfront fee, royalty rate or tiers, minimum annual royalty, milestones, sublicensing.")
            .ProducesCommandProblems();
}
