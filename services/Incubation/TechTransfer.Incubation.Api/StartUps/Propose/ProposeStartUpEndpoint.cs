using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Incubation.Api.Incubators;

namespace TechTransfer.Incubation.Api.StartUps.Propose;

public static class ProposeStartUpEndpoint
{
    public static void MapProposeStartUp(this RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<Written>> (ProposeStartUp command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var proposer = await ProposerAsync(query, http.User, command.IncubatorId, ct);
                var id = Guid.CreateVersion7();
                var events = ProposeStartUpDecision.Decide(id, command, proposer, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<StartUp>(id, events, ct), $"/start-ups/{id}");
            })
            .WithName("ProposeStartUp")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Propose a spin-off start-up: name, founders, the technologies it is founded on, the facility's equity share (percent).")
            .ProducesCommandProblems();

    /// <summary>A manager proposes for the incubator of their organisation; staff for the one they name, or none.</summary>
    private static async Task<Incubator?> ProposerAsync(IQuerySession session, ClaimsPrincipal caller, Guid? named, CancellationToken ct)
    {
        if (caller.IsStaffSide())
            return named is { } id ? await session.LoadAsync<Incubator>(id, ct) ?? throw new DomainRuleViolationException(
                "incubator-is-known", $"No incubator {id} is registered.") : null;
        var organisation = caller.OrganisationId();
        var own = organisation is { } org ? await session.Query<Incubator>().Where(i => i.OrganisationId == org).FirstOrDefaultAsync(ct) : null;
        if (own is null)
            throw new DomainRuleViolationException("manager-runs-an-incubator", "Your organisation runs no registered incubator.");
        if (named is { } n && n != own.Id) throw new NotFoundException("Incubator", n);
        return own;
    }
}
