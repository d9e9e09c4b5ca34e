using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Financing.Api.Panels.GetPanel;

public static class GetPanelEndpoint
{
    public static void MapGetPanel(this RouteGroupBuilder group) =>
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
}
