using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Access.ConfidentialReads;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.GetTechnology;

public static class ListConfidentialReadsEndpoint
{
    public static void MapListConfidentialReads(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/confidential-reads", HandleAsync)
            .WithName("ListConfidentialReads")
            .RequireRoles(Roles.Staff)
            .WithSummary("Who read the technology's confidential record, in which role and when, oldest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<IReadOnlyList<ConfidentialRead>>> HandleAsync(Guid id, IQuerySession session, CancellationToken ct)
    {
        if (await session.Events.FetchStreamStateAsync(id, ct) is null) throw new NotFoundException("Technology", id);
        return TypedResults.Ok(await session.ConfidentialReadsOfAsync(GetTechnologyEndpoint.AuditedResource, id, ct));
    }
}
