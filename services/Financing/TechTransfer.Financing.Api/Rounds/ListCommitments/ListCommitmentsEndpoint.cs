using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Financing.Api.Rounds.Views;

namespace TechTransfer.Financing.Api.Rounds.ListCommitments;

public static class ListCommitmentsEndpoint
{
    public static void MapListCommitments(this RouteGroupBuilder group) =>
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
