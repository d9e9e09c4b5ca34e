using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Incubation.Api.Technologies.Remote;

namespace TechTransfer.Incubation.Api.StartUps.Found;

public static class FoundStartUpEndpoint
{
    public static void MapFoundStartUp(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/founding", async Task<Ok<Written>> (Guid id, FoundStartUp command, ISessionFactory sessions, IQuerySession query,
                TechnologyLookup technologies, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var startUp = (await query.LoadAsync<StartUp>(id, ct)).VisibleTo(http.User, id);
                var known = await technologies.FindAsync(startUp.TechnologyIds, ct);
                return http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => FoundStartUpDecision.Decide(s.VisibleTo(http.User, id), command, known, http.User.Actor(), clock.GetUtcNow()), ct));
            })
            .WithName("FoundStartUp")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Record the start-up's legal registration (number, date). Every technology's IP ownership must be agreed (Disclosures is asked about any not heard of yet). Takes If-Match.")
            .ProducesCommandProblems();
}
