using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Financing.Api.Rounds.Views;

namespace TechTransfer.Financing.Api.Rounds.Withdraw;

public static class WithdrawCommitmentEndpoint
{
    public static void MapWithdrawCommitment(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/commitments/{commitmentId:guid}/withdrawal", async Task<Ok<Written>> (Guid id, Guid commitmentId, WithdrawCommitment command,
                ISessionFactory sessions, IQuerySession query, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                if (!http.User.SeesAllRounds())
                    (await query.LoadAsync<CommitmentView>(commitmentId, ct) is { } view && view.RoundId == id ? view : null)
                        .VisibleTo(http.User, v => v.InvestorId, "Commitment", commitmentId);
                return http.Answer(await sessions.WriteAsync(http.Write<Round>(id, OnConflict.DecideAgain),
                    round => WithdrawCommitmentDecision.Decide(round, commitmentId, command, http.User.Actor(), clock.GetUtcNow()), ct));
            })
            .WithName("WithdrawCommitment")
            .RequireRoles(Roles.Staff, Roles.Financier, Roles.Partner)
            .WithSummary("Withdraw a commitment from an open round (a partner system: its own only). Takes If-Match.")
            .ProducesCommandProblems();
}
