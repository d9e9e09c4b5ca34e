using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Licensing;

namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard.Feeds;

/// <summary>Licences signed, by kind (from <c>Exclusive</c> when the message leaves the optional kind out).</summary>
public sealed class LicenceSignedScoreboardFeed(ISessionFactory sessions, ILogger<LicenceSignedScoreboardFeed> logger, TimeProvider clock)
    : IdempotentConsumer<LicenceSigned>(sessions, logger)
{
    protected override async Task HandleAsync(LicenceSigned m, IDocumentSession session, ConsumeContext<LicenceSigned> context)
    {
        var technology = await session.LoadAsync<Technology>(m.TechnologyId, context.CancellationToken)
            ?? throw NotHeardOf.OwnedHere("technology", m.TechnologyId);
        var kind = m.Kind ?? (m.Exclusive ? LicenceKinds.Exclusive : LicenceKinds.NonExclusive);
        session.Store(new LicenceFact(m.LicenceId, m.TechnologyId, technology.Facility, m.SignedOn, kind, clock.GetUtcNow()));
    }
}

/// <summary>Licence income: every payment received, split into running royalties and other income as Licensing says.</summary>
public sealed class RoyaltyPaidScoreboardFeed(ISessionFactory sessions, ILogger<RoyaltyPaidScoreboardFeed> logger, TimeProvider clock)
    : IdempotentConsumer<RoyaltyPaid>(sessions, logger)
{
    protected override async Task HandleAsync(RoyaltyPaid m, IDocumentSession session, ConsumeContext<RoyaltyPaid> context)
    {
        var technology = await session.LoadAsync<Technology>(m.TechnologyId, context.CancellationToken)
            ?? throw NotHeardOf.OwnedHere("technology", m.TechnologyId);
        session.Store(new IncomeFact(m.PaymentId, m.LicenceId, m.TechnologyId, technology.Facility, m.PaidOn, m.Currency, m.Amount,
            m.RunningRoyalties, m.OtherIncome, clock.GetUtcNow()));
    }
}

public static class LicenceKinds
{
    public const string Exclusive = "exclusive";
    public const string NonExclusive = "non-exclusive";
    public const string Option = "option";
}
