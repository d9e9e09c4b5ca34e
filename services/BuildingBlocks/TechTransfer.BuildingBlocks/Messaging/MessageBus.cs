using Marten;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Health;
using TechTransfer.BuildingBlocks.Messaging.DeadLetters;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.BuildingBlocks.Runtime;

namespace TechTransfer.BuildingBlocks.Messaging;

public static class MessageBus
{
    /// <summary>
    /// MassTransit over RabbitMQ: queues named <c>{prefix}-{consumer-in-kebab-case}</c>, immediate retries
    /// with growing intervals for transient faults, then the queue's <c>_error</c> queue for poison messages
    /// (MassTransit's default fault handling; delayed redelivery is not used because Debian's RabbitMQ has no
    /// delayed-message plug-in). Publishes wait for the broker's confirm.
    /// </summary>
    public static WebApplicationBuilder AddMessageBus(this WebApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configure = null)
    {
        var service = builder.ServiceInfo();
        var options = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        var address = RabbitMqAddress.Parse(builder.Configuration.RequiredConnectionString(ServiceSettings.RabbitMqKey));
        builder.Services.AddSingleton(options);
        // The inbox commits with the consumer's writes, in the service's own store.
        builder.Services.ConfigureMarten(opts => opts.Schema.For<ProcessedMessage>());

        // Read before AddMassTransit, which adds services while it runs its configuration.
        var parts = builder.Services.Select(d => d.ImplementationInstance).OfType<BusPart>().ToList();
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.QueuePrefix ?? service.Key, includeNamespace: false));
            // MassTransit 8.4+ reports usage to its vendor's host unless told not to: nothing leaves an office's servers unasked.
            bus.ConfigureUsageTelemetryOptions(telemetry => telemetry.Enabled = false);
            foreach (var part in parts) part.Configure(bus);
            configure?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(address.Host, address.Port, address.VirtualHost, $"techtransfer-{service.Key}", h =>
                {
                    h.Username(address.Username);
                    h.Password(address.Password);
                    h.PublisherConfirmation = true;
                });
                // Outer: an outage is waited out for minutes, the message held (and the endpoint's slots with it).
                rabbit.UseMessageRetry(r =>
                {
                    r.Handle<Exception>(Outages.IsOutage);
                    r.Exponential(OutageRetries(options), options.RetryMinInterval, options.OutageRetryMaxInterval, options.RetryMinInterval);
                });
                // Inner: a message failing on its own content gets a few quick tries, then its error queue.
                rabbit.UseMessageRetry(r =>
                {
                    r.Exponential(options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, options.RetryMinInterval);
                    // A broken rule will not heal by trying again; an outage is the outer policy's.
                    r.Ignore<DomainRuleViolationException>();
                    r.Ignore<Exception>(Outages.IsOutage);
                });
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddSingleton<ReceiveQueues>();
        // The factory makes MassTransit connect the same instance the dead-letter endpoints read.
        builder.Services.AddReceiveEndpointObserver(sp => sp.GetRequiredService<ReceiveQueues>());
        builder.Services.AddSingleton(new DeadLetterQueues(address));

        // The event store is the outbox (AddEventStore comes first): its lag and stalls are watched here.
        builder.Services.AddSingleton<OutboxMonitor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxMonitor>());
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration("outbox", sp => sp.GetRequiredService<OutboxMonitor>(), null, [HealthEndpoints.ReadyTag]));

        // The service starts even when the broker is down; /health/ready says so until it connects.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o => o.WaitUntilStarted = false);
        return builder;
    }

    /// <summary>Tries that cover <see cref="MessagingOptions.OutageRetryFor"/> once the pauses have grown to their longest.</summary>
    private static int OutageRetries(MessagingOptions options) =>
        (int)Math.Ceiling(options.OutageRetryFor / options.OutageRetryMaxInterval) + (int)Math.Log2(Math.Max(2, options.OutageRetryMaxInterval / options.RetryMinInterval));
}

/// <summary>
/// Consumers a building-block module brings to every service that registers it (the API keys' consumers): added with
/// <see cref="BusPart.Add"/> before <see cref="MessageBus.AddMessageBus"/>, which registers them with the service's own.
/// </summary>
public sealed record BusPart(Action<IBusRegistrationConfigurator> Configure)
{
    public static void Add(WebApplicationBuilder builder, Action<IBusRegistrationConfigurator> configure)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(MessagingOptions)))
            throw new InvalidOperationException("Register building-block modules that consume messages before AddMessageBus.");
        builder.Services.AddSingleton(new BusPart(configure));
    }
}
