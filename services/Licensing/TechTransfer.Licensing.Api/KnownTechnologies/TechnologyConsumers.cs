using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using Contract = TechTransfer.Contracts.Disclosures;

namespace TechTransfer.Licensing.Api.KnownTechnologies;

// Each consumer keeps one fact document (inbox: once per message). Facts that "replace earlier ones"
// (ownership, inventor shares, marketing) keep the newest by the publisher's own time, so a late redelivery
// of an older message never undoes a newer one.

public sealed class TechnologyDisclosedConsumer(ISessionFactory sessions, ILogger<TechnologyDisclosedConsumer> logger, TimeProvider clock)
    : IdempotentConsumer<Contract.TechnologyDisclosed>(sessions, logger)
{
    protected override Task HandleAsync(Contract.TechnologyDisclosed m, IDocumentSession session, ConsumeContext<Contract.TechnologyDisclosed> context)
    {
        session.Store(new TechnologyDisclosedFact(m.TechnologyId, m.Title, m.Facility, m.Field, m.DisclosedAt, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}

public sealed class TechnologyPublishedForMarketingConsumer(ISessionFactory sessions, ILogger<TechnologyPublishedForMarketingConsumer> logger)
    : IdempotentConsumer<Contract.TechnologyPublishedForMarketing>(sessions, logger)
{
    protected override async Task HandleAsync(Contract.TechnologyPublishedForMarketing m, IDocumentSession session,
        ConsumeContext<Contract.TechnologyPublishedForMarketing> context)
    {
        var held = await session.LoadAsync<TechnologyMarketedFact>(m.TechnologyId, context.CancellationToken);
        if (held is null || held.PublishedAt <= m.PublishedAt)
            session.InsertOrUpdate(held, new TechnologyMarketedFact(m.TechnologyId, m.PublicTitle, m.Facility, m.Field, m.Phase, m.PublishedAt));
    }
}

public sealed class IpOwnershipAgreedConsumer(ISessionFactory sessions, ILogger<IpOwnershipAgreedConsumer> logger)
    : IdempotentConsumer<Contract.IpOwnershipAgreed>(sessions, logger)
{
    protected override async Task HandleAsync(Contract.IpOwnershipAgreed m, IDocumentSession session, ConsumeContext<Contract.IpOwnershipAgreed> context)
    {
        var held = await session.LoadAsync<TechnologyOwnershipFact>(m.TechnologyId, context.CancellationToken);
        if (held is null || held.AgreedAt <= m.AgreedAt)
            session.InsertOrUpdate(held, new TechnologyOwnershipFact(m.TechnologyId, [.. m.Owners.Select(o => new OwnerPart(o.Name, o.Kind, o.Share))],
                m.AgreementReference, m.AgreedAt));
    }
}

public sealed class InventorSharesSetConsumer(ISessionFactory sessions, ILogger<InventorSharesSetConsumer> logger)
    : IdempotentConsumer<Contract.InventorSharesSet>(sessions, logger)
{
    protected override async Task HandleAsync(Contract.InventorSharesSet m, IDocumentSession session, ConsumeContext<Contract.InventorSharesSet> context)
    {
        var held = await session.LoadAsync<TechnologyInventorsFact>(m.TechnologyId, context.CancellationToken);
        if (held is null || held.SetAt <= m.SetAt)
            session.InsertOrUpdate(held, new TechnologyInventorsFact(m.TechnologyId, [.. m.Shares.Select(s => new InventorPart(s.InventorId, s.Share))], m.SetAt));
    }
}

public sealed class TechnologyAbandonedConsumer(ISessionFactory sessions, ILogger<TechnologyAbandonedConsumer> logger)
    : IdempotentConsumer<Contract.TechnologyAbandoned>(sessions, logger)
{
    protected override Task HandleAsync(Contract.TechnologyAbandoned m, IDocumentSession session, ConsumeContext<Contract.TechnologyAbandoned> context)
    {
        session.Store(new TechnologyAbandonedFact(m.TechnologyId, m.AbandonedAt));
        return Task.CompletedTask;
    }
}

internal static class NewestFactWrites
{
    /// <summary>
    /// A newest-wins fact is inserted when none is held and updated (version-checked) when one was read: two reports
    /// on one technology consumed at once make one of them fail, and it is decided again on what the other wrote.
    /// </summary>
    public static void InsertOrUpdate<T>(this IDocumentSession session, T? held, T fact) where T : class
    {
        if (held is null) session.Insert(fact);
        else session.Update(fact);
    }
}
