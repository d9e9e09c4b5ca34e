using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Financing.Api.Investors;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.StartUps;

namespace TechTransfer.Financing.Api.Panels;

/// <summary>The answer to a command that creates something inside a panel (a session, a pitch).</summary>
public sealed record WrittenPart(Guid Id, long Version, Guid PartId);

public static class PanelEndpoints
{
    public static void MapPanels(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<Written>> (FormPanel command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var ids = command.Members.Distinct().ToArray();
                var known = (await query.LoadManyAsync<Investor>(ct, ids)).Select(i => i.Id).ToHashSet();
                var id = Guid.CreateVersion7();
                var events = PanelDecisions.Form(id, command, known, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Panel>(id, events, ct), $"/panels/{id}");
            })
            .WithName("FormPanel")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Form a panel of financiers from registered investors.")
            .ProducesCommandProblems();

        group.MapGet("/{id:guid}", async Task<Ok<Panel>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var panel = await session.LoadAsync<Panel>(id, ct) ?? throw new NotFoundException("Panel", id);
                http.Response.SetETag(panel.Version);
                return TypedResults.Ok(panel);
            })
            .WithName("GetPanel")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("A panel: members, sessions and pitches with their outcome.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/members", async Task<Ok<Written>> (Guid id, AddPanelMember command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var investorId = command.InvestorId!.Value;
                var known = await query.LoadAsync<Investor>(investorId, ct) is not null;
                return http.Answer(await sessions.WriteAsync(http.Write<Panel>(id, OnConflict.Refuse), p => PanelDecisions.AddMember(p, investorId, known, http.User.Actor(), clock.GetUtcNow()), ct));
            })
            .WithName("AddPanelMember")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Add a registered investor to the panel. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/sessions", async Task<Ok<WrittenPart>> (Guid id, HoldSession command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var sessionId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Panel>(id, OnConflict.Refuse), p => PanelDecisions.HoldSession(p, command, http.User.Actor(), clock.GetUtcNow(), sessionId), ct);
                return http.Answer(written, w => new WrittenPart(w.Id, w.Version, sessionId));
            })
            .WithName("HoldPanelSession")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Schedule or record a session where start-ups pitch to the panel. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/sessions/{sessionId:guid}/pitches", async Task<Ok<WrittenPart>> (Guid id, Guid sessionId, RecordPitch command, IQuerySession query, ISessionFactory sessions,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var startUp = command.StartUpId is { } s ? await query.LoadAsync<KnownStartUp>(s, ct) : null;
                var pitchId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Panel>(id, OnConflict.Refuse),
                    p => PanelDecisions.RecordPitch(p, sessionId, command, startUp, http.User.Actor(), clock.GetUtcNow(), pitchId), ct);
                return http.Answer(written, w => new WrittenPart(w.Id, w.Version, pitchId));
            })
            .WithName("RecordPitch")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Record a start-up's pitch at a session and the panel's outcome (backed, declined, deferred). Takes If-Match.")
            .ProducesCommandProblems();
    }
}
