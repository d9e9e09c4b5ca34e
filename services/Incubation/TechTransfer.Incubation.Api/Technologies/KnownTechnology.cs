using Marten;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Contracts.Disclosures;

namespace TechTransfer.Incubation.Api.Technologies;

/// <summary>A technology Disclosures announced (TechnologyDisclosed): its public title and facility.</summary>
public sealed record TechnologyDisclosure(Guid Id, string Title, string Facility, DateTimeOffset DisclosedAt);

/// <summary>Disclosures agreed the technology's IP ownership (IpOwnershipAgreed): start-ups may be founded on it.</summary>
public sealed record TechnologyIpAgreement(Guid Id, string AgreementReference, DateTimeOffset AgreedAt);

/// <summary>
/// A technology as Incubation knows it from Disclosures' events: title and facility, and whether its IP ownership is
/// agreed. A local copy, so founding a start-up calls Disclosures only about what it has not heard yet. The two facts
/// come through different queues in either order, so each is its own document written by its own consumer (no
/// consumer overwrites the other's fact); a fact not heard yet is null, never a placeholder.
/// </summary>
public sealed record KnownTechnology(Guid Id, string? Title, string? Facility, bool IpOwnershipAgreed, string? AgreementReference, DateTimeOffset? AgreedAt)
{
    /// <summary>Both facts heard: enough to found a start-up on it without asking Disclosures.</summary>
    public bool IsComplete => Title is not null && Facility is not null && IpOwnershipAgreed;

    public static KnownTechnology? Of(Guid id, TechnologyDisclosure? disclosure, TechnologyIpAgreement? agreement) =>
        disclosure is null && agreement is null
            ? null
            : new KnownTechnology(id, disclosure?.Title, disclosure?.Facility, agreement is not null, agreement?.AgreementReference, agreement?.AgreedAt);

    /// <summary>The technologies among <paramref name="ids"/> that Incubation has heard of.</summary>
    public static async Task<IReadOnlyDictionary<Guid, KnownTechnology>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var array = ids.ToArray();
        var disclosures = (await session.LoadManyAsync<TechnologyDisclosure>(ct, array)).ToDictionary(d => d.Id);
        var agreements = (await session.LoadManyAsync<TechnologyIpAgreement>(ct, array)).ToDictionary(a => a.Id);
        return array.Select(id => Of(id, disclosures.GetValueOrDefault(id), agreements.GetValueOrDefault(id))).OfType<KnownTechnology>().ToDictionary(t => t.Id);
    }
}

public sealed class TechnologyDisclosedConsumer(ISessionFactory sessions, ILogger<TechnologyDisclosedConsumer> logger)
    : IdempotentConsumer<TechnologyDisclosed>(sessions, logger)
{
    protected override Task HandleAsync(TechnologyDisclosed message, IDocumentSession session, ConsumeContext<TechnologyDisclosed> context)
    {
        session.Store(new TechnologyDisclosure(message.TechnologyId, message.Title, message.Facility, message.DisclosedAt));
        return Task.CompletedTask;
    }
}

public sealed class IpOwnershipAgreedConsumer(ISessionFactory sessions, ILogger<IpOwnershipAgreedConsumer> logger)
    : IdempotentConsumer<IpOwnershipAgreed>(sessions, logger)
{
    protected override Task HandleAsync(IpOwnershipAgreed message, IDocumentSession session, ConsumeContext<IpOwnershipAgreed> context)
    {
        session.Store(new TechnologyIpAgreement(message.TechnologyId, message.AgreementReference, message.AgreedAt));
        return Task.CompletedTask;
    }
}

public static class TechnologyEndpoints
{
    public static void MapTechnologies(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<KnownTechnology>> (Guid id, IQuerySession session, CancellationToken ct) =>
                (await KnownTechnology.LoadAsync(session, [id], ct)).TryGetValue(id, out var known) ? TypedResults.Ok(known) : throw new NotFoundException("Technology", id))
            .WithName("GetKnownTechnology")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A technology as Incubation has heard of it from Disclosures: title and facility (null until the disclosure is heard), whether its IP ownership is agreed (start-ups need it).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
