using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.Disclose;

public static class DiscloseTechnologyEndpoint
{
    public sealed record Disclosed(Guid Id, long Version);

    public static void MapDiscloseTechnology(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync)
            .WithName("DiscloseTechnology")
            .RequireRoles(Roles.Staff)
            .WithSummary("Disclose a technology: starts its journey at phase 1, facility R&D.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Created<Disclosed>> HandleAsync(
        DiscloseTechnology command, IDocumentSession session, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        var disclosed = DiscloseTechnologyDecision.Decide(id, command, clock.GetUtcNow());
        session.Events.StartStream<Technology>(id, disclosed);
        await session.SaveChangesAsync(ct);

        response.SetETag(1);
        return TypedResults.Created($"/technologies/{id}", new Disclosed(id, 1));
    }
}
