using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace TechTransfer.BuildingBlocks.Messaging.Outbox;

public static class ContractEvents
{
    /// <summary>
    /// Publishes the contract events that <typeparamref name="TMap"/> maps from this store's events (one of several maps): the
    /// store is the outbox, read by one subscription (<see cref="ContractEventPublisher"/>) that every map feeds.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression PublishContractEvents<TMap>(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten)
        where TMap : class, IContractEventMap
    {
        // Once per store, however many maps (a module such as the API keys may have added one already).
        if (!marten.Services.Any(d => d.ServiceType == typeof(OutboxSubscribed)))
        {
            marten.Services.AddSingleton<OutboxSubscribed>();
            marten.AddSubscriptionWithServices<ContractEventPublisher>(ServiceLifetime.Singleton);
        }
        marten.Services.AddSingleton<IContractEventMap, TMap>();
        return marten;
    }

    private sealed class OutboxSubscribed;
}
