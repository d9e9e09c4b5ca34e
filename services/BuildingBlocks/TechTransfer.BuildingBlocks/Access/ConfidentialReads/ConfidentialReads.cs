using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Builder;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.BuildingBlocks.Access.ConfidentialReads;

/// <summary>One read of a confidential record: who, in which role, when.</summary>
public sealed record ConfidentialRead(Guid Id, string Resource, Guid ResourceId, string Reader, string Role, DateTimeOffset ReadAt);

/// <summary>
/// The audit trail of confidential reads (a disclosure's description, its inventors). The record is written
/// in the same session as whatever else the request saves, and only ever added to.
/// </summary>
public static class ConfidentialReads
{
    /// <summary>For a service that holds confidential records (Disclosures): the audit trail's table.</summary>
    public static WebApplicationBuilder AddConfidentialReads(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts => opts.Schema.For<ConfidentialRead>().Index(r => r.ResourceId));
        return builder;
    }

    public static void RecordConfidentialRead(this IDocumentSession session, ClaimsPrincipal reader, string resource, Guid resourceId, DateTimeOffset at)
    {
        var role = Roles.All.FirstOrDefault(reader.IsInRole) ?? "none";
        session.Insert(new ConfidentialRead(Guid.CreateVersion7(), resource, resourceId, reader.Actor(), role, at));
    }

    public static async Task<IReadOnlyList<ConfidentialRead>> ConfidentialReadsOfAsync(
        this IQuerySession session, string resource, Guid resourceId, CancellationToken ct) =>
        await session.Query<ConfidentialRead>()
            .Where(r => r.ResourceId == resourceId && r.Resource == resource)
            .OrderBy(r => r.ReadAt)
            .ToListAsync(ct);
}
