using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
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
        group.MapPost("/", async Task<Created<Written>> (FormPanel command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var ids = command.Members.Distinct().ToArray();
                var known = (await session.LoadManyAsync<Investor>(ct, ids)).Select(i => i.Id).ToHashSet();
                var id = Guid.CreateVersion7();
                var events = PanelDecisions.Form(id, command, known, http.User.Actor(), clock.GetUtcNow());
                return await session.StartAsync<Panel>(id, events, $"/panels/{id}", http.Response, ct);
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

        group.MapPost("/{id:guid}/members", async Task<Ok<Written>> (Guid id, AddPanelMember command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var investorId = command.InvestorId!.Value;
                var known = await session.LoadAsync<Investor>(investorId, ct) is not null;
                return await session.WriteAsync<Panel>(id, http, p => PanelDecisions.AddMember(p, investorId, known, http.User.Actor(), clock.GetUtcNow()), "Panel", ct);
            })
            .WithName("AddPanelMember")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Add a registered investor to the panel. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/sessions", async Task<Ok<WrittenPart>> (Guid id, HoldSession command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var sessionId = Guid.CreateVersion7();
                var written = await session.WriteAsync<Panel>(id, http, p => PanelDecisions.HoldSession(p, command, http.User.Actor(), clock.GetUtcNow(), sessionId), "Panel", ct);
                return TypedResults.Ok(new WrittenPart(id, written.Value!.Version, sessionId));
            })
            .WithName("HoldPanelSession")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Schedule or record a session where start-ups pitch to the panel. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/sessions/{sessionId:guid}/pitches", async Task<Ok<WrittenPart>> (Guid id, Guid sessionId, RecordPitch command, IDocumentSession session,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var startUp = command.StartUpId is { } s ? await session.LoadAsync<KnownStartUp>(s, ct) : null;
                var pitchId = Guid.CreateVersion7();
                var written = await session.WriteAsync<Panel>(id, http,
                    p => PanelDecisions.RecordPitch(p, sessionId, command, startUp, http.User.Actor(), clock.GetUtcNow(), pitchId), "Panel", ct);
                return TypedResults.Ok(new WrittenPart(id, written.Value!.Version, pitchId));
            })
            .WithName("RecordPitch")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Record a start-up's pitch at a session and the panel's outcome (backed, declined, deferred). Takes If-Match.")
            .ProducesCommandProblems();
    }
}
