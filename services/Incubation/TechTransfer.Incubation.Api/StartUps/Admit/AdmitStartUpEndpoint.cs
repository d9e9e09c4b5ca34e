using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Incubation.Api.Incubators;

namespace TechTransfer.Incubation.Api.StartUps.Admit;

public static class AdmitStartUpEndpoint
{
    public static void MapAdmitStartUp(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/admission", async Task<Ok<Written>> (Guid id, AdmitStartUp command, ISessionFactory sessions, IQuerySession query, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                // A manager admits only into their own incubator: another one reads as unknown.
                var incubator = command.IncubatorId is { } i && await query.LoadAsync<Incubator>(i, ct) is { } found
                                && (http.User.IsStaffSide() || found.OrganisationId == http.User.OrganisationId())
                    ? found
                    : null;
                return http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => AdmitStartUpDecision.Decide(s.VisibleTo(http.User, id), command, incubator, http.User.Actor(), clock.GetUtcNow()), ct));
            })
            .WithName("AdmitStartUp")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Admit a founded, active start-up to an incubator and a cohort whose dates cover the admission; one incubator at a time. Takes If-Match.")
            .ProducesCommandProblems();
}
