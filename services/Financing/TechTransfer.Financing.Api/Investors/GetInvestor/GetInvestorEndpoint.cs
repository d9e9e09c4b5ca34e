using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Financing.Api.Investors.GetInvestor;

public static class GetInvestorEndpoint
{
    public static void MapGetInvestor(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<Investor>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                // A partner system acts for one investor (org claim = investor id) and sees only that investor.
                var investor = (await session.LoadAsync<Investor>(id, ct)).VisibleTo(http.User, i => i.Id, "Investor", id, financiersSeeAll: true);
                http.Response.SetETag(investor.Version);
                return TypedResults.Ok(investor);
            })
            .WithName("GetInvestor")
            .RequireRoles(Roles.Staff, Roles.Financier, Roles.Partner)
            .WithSummary("An investor. A partner system sees only its own investor.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
