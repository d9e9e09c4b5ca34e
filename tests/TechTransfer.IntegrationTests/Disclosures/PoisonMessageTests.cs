using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.Contracts.Licensing;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;
using TechTransfer.Testing;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.IntegrationTests.Disclosures;

/// <summary>A report about a technology Disclosures never heard of is a broken rule: parked at once for operators, not retried.</summary>
public sealed class PoisonMessageTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "poison")
{
    [Fact]
    public async Task A_licence_on_an_unknown_technology_goes_to_the_error_queue()
    {
        await using var probe = await BrokerProbe.ConnectAsync(Infrastructure.Servers.RabbitMq);
        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
        var errorQueue = Host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<LicenceSignedConsumer>() + "_error";

        await bus.PublishAsync(new LicenceSigned(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Cryo SARL", false, new DateOnly(2026, 1, 5), DateTimeOffset.UtcNow));

        await Eventually.TrueAsync(async () => await probe.CountAsync(errorQueue) == 1, $"the message to reach {errorQueue}");
    }
}
