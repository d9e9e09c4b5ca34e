using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Financing;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard.Feeds;

/// <summary>
/// Money raised by start-ups founded here, public and private, counted for the facilities of the start-up's
/// technologies (named by the round itself, or else by the founding); rounds of start-ups founded
/// on no technology of ours are not counted.
/// </summary>
public sealed class RoundClosedScoreboardFeed(ISessionFactory sessions, ILogger<RoundClosedScoreboardFeed> logger, TimeProvider clock)
    : IdempotentConsumer<RoundClosed>(sessions, logger)
{
    protected override async Task HandleAsync(RoundClosed m, IDocumentSession session, ConsumeContext<RoundClosed> context)
    {
        var startUp = await StartUpTechnologies.OfNewsAsync(session, m.StartUpId, m.StartUpName, m.TechnologyIds, context.CancellationToken);
        var facilities = await session.FacilitiesOfAsync(startUp.TechnologyIds, context.CancellationToken);
        if (facilities.Count == 0) return;
        // Without the optional split, the money counts as private: the conservative reading of leverage.
        var publicMoney = m.PublicAmount ?? 0m;
        var privateMoney = m.PrivateAmount ?? m.AmountRaised - publicMoney;
        session.Store(new FundingFact(m.RoundId, m.StartUpId, facilities, m.ClosedOn, m.Currency, m.AmountRaised, publicMoney, privateMoney, clock.GetUtcNow()));
    }
}
