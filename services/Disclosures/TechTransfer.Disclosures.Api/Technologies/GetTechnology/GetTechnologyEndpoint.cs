using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Access.ConfidentialReads;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.GetTechnology;

public static class GetTechnologyEndpoint
{
    /// <summary>The resource name in the audit trail of confidential reads.</summary>
    public const string AuditedResource = "technology";

    public static void MapGetTechnology(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetTechnology")
            .RequireRoles(Roles.Staff)
            .WithSummary("A technology's full record (confidential: staff only, each read audited), with its version as ETag for later If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<Technology>> HandleAsync(
        Guid id, IDocumentSession session, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var technology = await session.LoadAsync<Technology>(id, ct) ?? throw new NotFoundException("Technology", id);
        // The record holds the confidential description and inventors' personal data: who read it is kept.
        session.RecordConfidentialRead(http.User, AuditedResource, id, clock.GetUtcNow());
        await session.SaveChangesAsync(ct);
        http.Response.SetETag(technology.Version);
        return TypedResults.Ok(technology);
    }
}
