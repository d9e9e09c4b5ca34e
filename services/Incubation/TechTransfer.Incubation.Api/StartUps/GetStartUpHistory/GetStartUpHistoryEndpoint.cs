using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Incubation.Api.StartUps.GetStartUpHistory;

public static class GetStartUpHistoryEndpoint
{
    public static void MapGetStartUpHistory(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/history", async Task<Ok<IReadOnlyList<TimelineEntry>>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                (await session.LoadAsync<StartUp>(id, ct)).VisibleTo(http.User, id);
                var events = await session.Events.FetchStreamAsync(id, token: ct);
                return TypedResults.Ok<IReadOnlyList<TimelineEntry>>([.. events.Select(e => new TimelineEntry(e.Version, TimelineEntry.EventName(e.EventType),
                    (e.Data as IRecorded)?.By ?? e.UserName ?? "", (e.Data as IRecorded)?.At ?? e.Timestamp, e.Data))]);
            })
            .WithName("GetStartUpHistory")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A start-up's history: every event of its stream, oldest first, with who recorded it and when.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
