using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Financing.Api.StartUps;

namespace TechTransfer.Financing.Api.Rounds.Open;

public static class OpenRoundEndpoint
{
    public static void MapOpenRound(this RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<Written>> (OpenRound command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                var startUp = command.StartUpId is { } s ? await query.LoadAsync<KnownStartUp>(s, ct) : null;
                var events = OpenRoundDecision.Decide(id, command, startUp, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Round>(id, events, ct), $"/rounds/{id}");
            })
            .WithName("OpenRound")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Open a round for a start-up Incubation reported: instrument, target, minimum, optional cap, currency, pre-money valuation (equity), deadline.")
            .ProducesCommandProblems();
}
