using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Financing.Api.Investors;
using TechTransfer.Financing.Api.StartUps;

namespace TechTransfer.Financing.Api.Rounds;

/// <summary>The answer to a new commitment: the round's new version and the commitment's id (for a later withdrawal).</summary>
public sealed record Committed(Guid Id, long Version, Guid CommitmentId);

public static class RoundEndpoints
{
    public static void MapRounds(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<Written>> (OpenRound command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                var startUp = command.StartUpId is { } s ? await query.LoadAsync<KnownStartUp>(s, ct) : null;
                var events = RoundDecisions.Open(id, command, startUp, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Round>(id, events, ct), $"/rounds/{id}");
            })
            .WithName("OpenRound")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Open a round for a start-up Incubation reported: instrument, target, minimum, optional cap, currency, pre-money valuation (equity), deadline.")
            .ProducesCommandProblems();

        group.MapGet("/{id:guid}", async Task<Ok<Round>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var round = await session.LoadAsync<Round>(id, ct) ?? throw new NotFoundException("Round", id);
                http.Response.SetETag(round.Version);
                return TypedResults.Ok(round);
            })
            .WithName("GetRound")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("A round with its commitments, amounts committed (public/private) and leverage; its version as ETag for If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<IReadOnlyList<Round>>> (RoundStatus? status, Guid? startUpId, IQuerySession session, CancellationToken ct) =>
            {
                // Status and start-up are duplicated, indexed columns.
                var query = session.Query<Round>().AsQueryable();
                if (status is { } st) query = query.Where(r => r.Status == st);
                if (startUpId is { } su) query = query.Where(r => r.StartUpId == su);
                return TypedResults.Ok<IReadOnlyList<Round>>(await query.OrderByDescending(r => r.OpenedAt).Take(500).ToListAsync(ct));
            })
            .WithName("ListRounds")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Rounds, newest first (at most 500), by status and/or start-up.");

        group.MapPost("/{id:guid}/commitments", async Task<Ok<Committed>> (Guid id, Commit command, ISessionFactory sessions, IQuerySession query,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                // A partner system commits for its own investor only; naming another is a 404, like an unknown one.
                var investorId = command.InvestorId ?? http.User.OrganisationId()
                    ?? throw new InvalidRequestException("investorId", "Name the investor who commits.");
                var investor = (await query.LoadAsync<Investor>(investorId, ct)) is { } found
                    ? found.VisibleTo(http.User, i => i.Id, "Investor", investorId, financiersSeeAll: true)
                    : null;
                var commitmentId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Round>(id, OnConflict.DecideAgain),
                    round => RoundDecisions.Commit(round, command with { InvestorId = investorId }, investor, http.User.Actor(), clock.GetUtcNow(), commitmentId), ct);
                return http.Answer(written, w => new Committed(w.Id, w.Version, commitmentId));
            })
            .WithName("Commit")
            .RequireRoles(Roles.Staff, Roles.Financier, Roles.Partner)
            .WithSummary("An investor commits money, in the round's currency, never over the cap. Concurrent commitments are all kept or refused, never lost. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/commitments/{commitmentId:guid}/withdrawal", async Task<Ok<Written>> (Guid id, Guid commitmentId, WithdrawCommitment command,
                ISessionFactory sessions, IQuerySession query, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                if (!http.User.SeesAllRounds())
                    (await query.LoadAsync<CommitmentView>(commitmentId, ct) is { } view && view.RoundId == id ? view : null)
                        .VisibleTo(http.User, v => v.InvestorId, "Commitment", commitmentId);
                return http.Answer(await sessions.WriteAsync(http.Write<Round>(id, OnConflict.DecideAgain),
                    round => RoundDecisions.Withdraw(round, commitmentId, command, http.User.Actor(), clock.GetUtcNow()), ct));
            })
            .WithName("WithdrawCommitment")
            .RequireRoles(Roles.Staff, Roles.Financier, Roles.Partner)
            .WithSummary("Withdraw a commitment from an open round (a partner system: its own only). Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/closing", async (Guid id, CloseRound command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Round>(id, OnConflict.DecideAgain), round => RoundDecisions.Close(round, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("CloseRound")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Close a round whose minimum is met: the amount raised, public/private split, post-money valuation and dilution (equity). Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/cancellation", async (Guid id, CancelRound command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Round>(id, OnConflict.DecideAgain), round => RoundDecisions.Cancel(round, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("CancelRound")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Cancel an open round, saying why. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/failure", async (Guid id, DeclareRoundFailed command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Round>(id, OnConflict.DecideAgain), round => RoundDecisions.DeclareFailed(round, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("DeclareRoundFailed")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Declare before its deadline that an open round failed (its minimum will not be met), saying why. Takes If-Match.")
            .ProducesCommandProblems();
    }

    public static void MapCommitments(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Ok<IReadOnlyList<CommitmentView>>> (Guid? investorId, Guid? roundId, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                // A partner system sees its own investor's commitments, whatever it asks for.
                var query = session.Query<CommitmentView>().AsQueryable();
                if (http.User.InvestorFilter() is { } own) query = query.Where(c => c.InvestorId == own);
                else if (investorId is { } i) query = query.Where(c => c.InvestorId == i);
                if (roundId is { } r) query = query.Where(c => c.RoundId == r);
                return TypedResults.Ok<IReadOnlyList<CommitmentView>>(await query.OrderByDescending(c => c.CommittedAt).Take(1000).ToListAsync(ct));
            })
            .WithName("ListCommitments")
            .RequireRoles(Roles.Staff, Roles.Financier, Roles.Partner)
            .WithSummary("Commitments, newest first (at most 1000). A partner system sees only its own investor's.");
}
