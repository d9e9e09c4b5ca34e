using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Financing.Api.Rounds.GetRound;

public static class GetRoundEndpoint
{
    public static void MapGetRound(this RouteGroupBuilder group) =>
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
}
