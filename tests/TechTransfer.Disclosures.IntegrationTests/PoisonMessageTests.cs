using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Admin;
using TechTransfer.Contracts.Financing;
using TechTransfer.Contracts.Licensing;
using TechTransfer.Disclosures.Api.Technologies.Journey;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.Disclosures.IntegrationTests;

/// <summary>
/// News Disclosures cannot place is parked for operators, never dropped: a report about a technology it never heard
/// of (a broken rule: parked at once), news about a start-up whose founding has not arrived (retried, then parked).
/// Contract exchanges are shared by every host on the broker, so other tests' letters land in these error queues
/// too: each test looks for its own letter.
/// </summary>
public sealed class PoisonMessageTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "poison")
{
    [Fact]
    public async Task A_licence_on_an_unknown_technology_goes_to_the_error_queue()
    {
        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
        var technology = Guid.NewGuid();

        await bus.PublishAsync(new LicenceSigned(Guid.NewGuid(), technology, Guid.NewGuid(), "Cryo SARL", false, new DateOnly(2026, 1, 5), DateTimeOffset.UtcNow));

        (await ParkedAsync<LicenceSignedConsumer>(technology)).ExceptionType.ShouldNotBeNull().ShouldContain("DomainRuleViolationException");
    }

    [Fact]
    public async Task Round_news_is_placed_whatever_the_order_of_arrival_and_parked_when_it_cannot_be()
    {
        var ct = TestContext.Current.CancellationToken;
        var technology = (await Api.DiscloseTechnologyAsync(Sample.Request("Pulse tube cryocooler", facility: "JET"), ct)).Id;
        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
        var day = DateOnly.FromDateTime(DateTime.UtcNow);

        // Financing names the start-up's technologies: the round is placed though the founding has not arrived here.
        var early = Guid.NewGuid();
        await bus.PublishAsync(new RoundClosed(Guid.NewGuid(), early, "grant", 50_000m, "EUR", day, DateTimeOffset.UtcNow, 50_000m, 0m,
            StartUpName: "Coldfront Ltd", TechnologyIds: [technology]));
        await Eventually.TrueAsync(async () => (await Api.GetJourneyAsync(technology, ct)).Steps
            .Any(s => s.Step == "financing-round-closed" && s.Summary.Contains("Coldfront Ltd")), "the round on the journey");

        // A message that names none, about a start-up whose founding never came: retried, then parked, not dropped.
        var unheardOf = Guid.NewGuid();
        await bus.PublishAsync(new RoundFailed(Guid.NewGuid(), unheardOf, "equity", 0m, 100_000m, "EUR", day, DateTimeOffset.UtcNow));
        (await ParkedAsync<RoundFailedConsumer>(unheardOf)).ExceptionType.ShouldNotBeNull().ShouldContain(nameof(NotHeardOfYetException));
    }

    /// <summary>This test's own letter in the consumer's error queue, as operators see it (the dead-letter endpoint, through the SDK).</summary>
    private async Task<DeadLetter> ParkedAsync<TConsumer>(Guid mentioned) where TConsumer : class, IConsumer
    {
        var queue = Host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<TConsumer>();
        var operators = SdkCalls.For<IAdminApi>(ClientAs(Roles.Admin, "ops"));
        return await Eventually.GetAsync(async () => (await operators.PeekDeadLettersAsync(queue, 100, TestContext.Current.CancellationToken))
                .FirstOrDefault(l => l.ExceptionMessage?.Contains(mentioned.ToString()) == true),
            $"the message naming {mentioned} in {queue}_error");
    }
}
