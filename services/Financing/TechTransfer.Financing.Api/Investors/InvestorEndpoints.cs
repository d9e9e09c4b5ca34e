using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Financing.Api.Investors;

public static class InvestorEndpoints
{
    public static void MapInvestors(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<Written>> (RegisterInvestor command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                var events = RegisterInvestorDecision.Decide(id, command, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Investor>(id, events, ct), $"/investors/{id}");
            })
            .WithName("RegisterInvestor")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Register an investor: a business angel, venture fund, regional seed fund, public agency or bank, with public or private money.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

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

        group.MapGet("/", async Task<Ok<IReadOnlyList<Investor>>> (IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<Investor>>(await session.Query<Investor>().OrderBy(i => i.Name).Take(1000).ToListAsync(ct)))
            .WithName("ListInvestors")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Every investor, by name (at most 1000).");
    }
}
