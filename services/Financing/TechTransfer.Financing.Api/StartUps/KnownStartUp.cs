using Marten;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Contracts.Incubation;

namespace TechTransfer.Financing.Api.StartUps;

/// <summary>
/// A start-up Incubation told us about (StartUpFounded). Rounds are opened only for these: Financing does not
/// invent start-ups. A local copy, so opening a round never calls Incubation.
/// </summary>
public sealed record KnownStartUp(Guid Id, string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly FoundedOn, DateTimeOffset LearnedAt);

/// <summary>Keeps <see cref="KnownStartUp"/> from Incubation's event; a redelivery changes nothing (inbox), a re-send overwrites with the same facts.</summary>
public sealed class StartUpFoundedConsumer(ISessionFactory sessions, ILogger<StartUpFoundedConsumer> logger, TimeProvider clock)
    : IdempotentConsumer<StartUpFounded>(sessions, logger)
{
    protected override Task HandleAsync(StartUpFounded message, IDocumentSession session, ConsumeContext<StartUpFounded> context)
    {
        session.Store(new KnownStartUp(message.StartUpId, message.Name, message.TechnologyIds, message.FoundedOn, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}

public static class StartUpEndpoints
{
    public static void MapStartUps(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Ok<KnownStartUp>> (Guid id, IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok(await session.LoadAsync<KnownStartUp>(id, ct) ?? throw new NotFoundException("Start-up", id)))
            .WithName("GetStartUp")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("A start-up Financing has heard of from Incubation (rounds can be opened for it).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
