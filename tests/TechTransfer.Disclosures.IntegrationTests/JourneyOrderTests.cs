using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Client.Disclosures;
using TechTransfer.Contracts.Financing;
using TechTransfer.Contracts.Incubation;
using TechTransfer.Contracts.Licensing;
using TechTransfer.Disclosures.Api.Technologies.Journey;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.Disclosures.IntegrationTests;

/// <summary>The journey reads in the order things happened, names who acted, and knows news by its identity.</summary>
public sealed class JourneyOrderTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "journeyorder")
{
    private static DateOnly Day(int plusDays) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(plusDays);

    [Fact]
    public async Task Steps_are_in_business_order_whatever_the_order_the_news_arrived_in_and_each_names_who_acted()
    {
        // A form received long ago, logged today; assessed and owned today; a prototype today.
        var (id, _) = await ReadyToMarketAsync(Sample.Request(receivedOn: new DateOnly(2025, 2, 3)));
        await Api.AdvancePhaseAsync(id, new AdvancePhase(Phases.Prototype, "Prototype tested at SM18"), ct: TestContext.Current.CancellationToken);
        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
        var now = DateTimeOffset.UtcNow;

        // A licence signed in 2025, recorded in Licensing today; a large licensee's first sales (held: no SME).
        var licenceId = Guid.NewGuid();
        await bus.PublishAsync(new LicenceSigned(licenceId, id, Guid.NewGuid(), "Cryo SARL", true, new DateOnly(2025, 6, 2), now, By: "lena.licensing"));
        await bus.PublishAsync(new FirstCommercialSalesReported(licenceId, id, Guid.NewGuid(), "MegaMagnet AG", CompanySizeClass.Large, "MRI quench guard",
            Day(-30), now, "lena.licensing"));
        // A start-up founded 20 days ago and admitted the same day: the admission's news arrives first.
        var startUp = Guid.NewGuid();
        await bus.PublishAsync(new StartUpAdmitted(startUp, "Quenchless SAS", [id], Guid.NewGuid(), "St. Genis Technoparc", null, null, Day(-20), now.AddMinutes(1),
            "mia.manager"));
        await StepAsync(id, "start-up-admitted");
        await bus.PublishAsync(new StartUpFounded(startUp, "Quenchless SAS", [id], Day(-20), now, "RCS 1", 10m, "mia.manager"));
        await StepAsync(id, "transfer-recorded", count: 2);
        // It graduated yesterday; its product, launched 12 days ago, is reported after the graduation.
        await bus.PublishAsync(new StartUpGraduated(startUp, "Quenchless SAS", [id], Day(-1), now.AddMinutes(2), "mia.manager"));
        await StepAsync(id, "start-up-graduated");
        await bus.PublishAsync(new StartUpProductLaunched(startUp, "Quenchless SAS", [id], "QG-1 quench guard", Day(-12), now.AddMinutes(3), "ines.incubator"));
        await StepAsync(id, "phase-advanced", count: 2);
        // A round closed 5 days ago by a financier.
        await bus.PublishAsync(new RoundClosed(Guid.NewGuid(), startUp, "seed", 250_000m, "EUR", Day(-5), now.AddMinutes(4),
            StartUpName: "Quenchless SAS", TechnologyIds: [id], By: "fred.financier"));
        await StepAsync(id, "financing-round-closed");

        var steps = (await Api.GetJourneyAsync(id, TestContext.Current.CancellationToken)).Steps.ToList();
        int Index(string step, string? containing = null) => steps.FindIndex(s => s.Step == step && (containing is null || s.Summary.Contains(containing)));

        Index("disclosed").ShouldBe(0);
        Index("transfer-recorded", "Cryo SARL").ShouldBe(1, "a licence signed in 2025 comes before this year's steps");
        Index("transfer-recorded", "Quenchless").ShouldBeLessThan(Index("start-up-admitted"), "the founding comes before the admission of the same day");
        Index("phase-advanced", "QG-1").ShouldBeLessThan(Index("start-up-graduated"), "the launch 12 days ago comes before yesterday's graduation");
        Index("financing-round-closed").ShouldBeLessThan(Index("start-up-graduated"));
        Index("start-up-graduated").ShouldBeLessThan(Index("assessed"));

        steps.Single(s => s.Step == "sme-product-evidence-held").By.ShouldBe("lena.licensing");
        steps[Index("phase-advanced", "QG-1")].By.ShouldBe("ines.incubator");
        steps.Single(s => s.Step == "financing-round-closed").By.ShouldBe("fred.financier");
        steps.ShouldAllBe(s => !s.By.EndsWith(" service"));
    }

    [Fact]
    public async Task News_already_on_the_journey_under_another_wording_is_not_added_again()
    {
        var id = (await Api.DiscloseTechnologyAsync(Sample.Request(), TestContext.Current.CancellationToken)).Id;
        var payment = new RoyaltyPaid(Guid.NewGuid(), Guid.NewGuid(), id, Guid.NewGuid(), null, 1_000m, 1_000m, 0m, "EUR", Day(-1), DateTimeOffset.UtcNow,
            "lena.licensing");
        // The same payment's step as an earlier version of this service worded it.
        await using (var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.Append(id, new JourneyStepReported("licence-income-received", $"Payment received on licence {payment.LicenceId}", "licensing",
                $"payment {payment.PaymentId}", "lena.licensing", payment.RecordedAt));
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
        var messageId = Guid.NewGuid();
        await bus.PublishAsync(payment, messageId);
        await Eventually.TrueAsync(async () =>
        {
            await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
            return await session.LoadAsync<ProcessedMessage>(ProcessedMessage.KeyFor(typeof(RoyaltyPaidConsumer), messageId), TestContext.Current.CancellationToken) is not null;
        }, "the payment handled");

        (await Api.GetJourneyAsync(id, TestContext.Current.CancellationToken)).Steps.Count(s => s.Step == "licence-income-received").ShouldBe(1);
    }

    private Task StepAsync(Guid id, string step, int count = 1) => Eventually.TrueAsync(async () =>
            (await Api.GetJourneyAsync(id, TestContext.Current.CancellationToken)).Steps.Count(s => s.Step == step) >= count,
        $"{count} journey step(s) {step}");
}
