using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Financing.Api.Investors;

namespace TechTransfer.Financing.Api.Rounds.Commit;

/// <summary>The answer to a new commitment: the round's new version and the commitment's id (for a later withdrawal).</summary>
public sealed record Committed(Guid Id, long Version, Guid CommitmentId);

public static class CommitEndpoint
{
    public static void MapCommit(this RouteGroupBuilder group) =>
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
                    round => CommitDecision.Decide(round, command with { InvestorId = investorId }, investor, http.User.Actor(), clock.GetUtcNow(), commitmentId), ct);
                return http.Answer(written, w => new Committed(w.Id, w.Version, commitmentId));
            })
            .WithName("Commit")
            .RequireRoles(Roles.Staff, Roles.Financier, Roles.Partner)
            .WithSummary("An investor commits money, in the round's currency, never over the cap. Concurrent commitments are all kept or refused, never lost. Takes If-Match.")
            .ProducesCommandProblems();
}
