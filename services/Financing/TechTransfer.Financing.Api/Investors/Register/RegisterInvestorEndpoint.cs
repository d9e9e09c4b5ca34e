using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Financing.Api.Investors.Register;

public static class RegisterInvestorEndpoint
{
    public static void MapRegisterInvestor(this RouteGroupBuilder group) =>
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
}
