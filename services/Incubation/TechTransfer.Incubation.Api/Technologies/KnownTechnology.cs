using Marten;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Contracts.Disclosures;
using NotFound = TechTransfer.BuildingBlocks.Domain.NotFound;

namespace TechTransfer.Incubation.Api.Technologies;

/// <summary>
/// A technology as Disclosures told us about it: title and facility (TechnologyDisclosed) and whether its IP
/// ownership is agreed (IpOwnershipAgreed). A local copy, so founding a start-up never calls Disclosures. The two
/// events come through different exchanges and may arrive in either order: each fills only its own fields.
/// </summary>
public sealed record KnownTechnology(Guid Id, string Title, string Facility, bool IpOwnershipAgreed, string? AgreementReference, DateTimeOffset? AgreedAt)
{
    /// <summary>The facility when known; a technology heard of only through its IP agreement has none yet.</summary>
    public const string UnknownFacility = "unknown";
}

public sealed class TechnologyDisclosedConsumer(ISessionFactory sessions, ILogger<TechnologyDisclosedConsumer> logger)
    : IdempotentConsumer<TechnologyDisclosed>(sessions, logger)
{
    protected override async Task HandleAsync(TechnologyDisclosed message, IDocumentSession session, ConsumeContext<TechnologyDisclosed> context)
    {
        var known = await session.LoadAsync<KnownTechnology>(message.TechnologyId, context.CancellationToken);
        session.Store(known is null
            ? new KnownTechnology(message.TechnologyId, message.Title, message.Facility, false, null, null)
            : known with { Title = message.Title, Facility = message.Facility });
    }
}

public sealed class IpOwnershipAgreedConsumer(ISessionFactory sessions, ILogger<IpOwnershipAgreedConsumer> logger)
    : IdempotentConsumer<IpOwnershipAgreed>(sessions, logger)
{
    protected override async Task HandleAsync(IpOwnershipAgreed message, IDocumentSession session, ConsumeContext<IpOwnershipAgreed> context)
    {
        var known = await session.LoadAsync<KnownTechnology>(message.TechnologyId, context.CancellationToken);
        session.Store((known ?? new KnownTechnology(message.TechnologyId, "", KnownTechnology.UnknownFacility, false, null, null))
            with { IpOwnershipAgreed = true, AgreementReference = message.AgreementReference, AgreedAt = message.AgreedAt });
    }
}

public static class TechnologyEndpoints
{
    public static void MapTechnologies(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<KnownTechnology>> (Guid id, IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok(await session.LoadAsync<KnownTechnology>(id, ct) ?? throw new NotFound("Technology", id)))
            .WithName("GetKnownTechnology")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A technology as Incubation knows it from Disclosures: title, facility, whether its IP ownership is agreed (start-ups need it).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
