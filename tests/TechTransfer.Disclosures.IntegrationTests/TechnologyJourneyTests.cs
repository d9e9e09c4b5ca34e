using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Financing;
using TechTransfer.Contracts.Incubation;
using TechTransfer.Contracts.Licensing;
using TechTransfer.Disclosures.Api.Technologies.Journey;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.Disclosures.IntegrationTests;

/// <summary>A technology's whole journey inside Disclosures, with the other services played on the real broker.</summary>
public sealed class TechnologyJourneyTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "journey")
{
    [Fact]
    public async Task A_technology_goes_from_disclosure_to_sme_product_with_every_step_on_its_journey()
    {
        // Given a disclosure, waiting for assessment
        var id = await Staff.DiscloseAsync(Sample.Disclosure());
        (await Staff.GetOkAsync("/worklists/awaiting-assessment")).EnumerateArray().ShouldContain(a => a.GetProperty("id").GetGuid() == id);

        // When staff assess it, agree its ownership, file a first patent application, market it and build a prototype
        var version = await Staff.CommandAsync(HttpMethod.Post, $"/technologies/{id}/assessments", new { decision = "Pursue", trl = 4 }, ifMatch: 2);
        version.ShouldBe(3);
        (await Staff.GetOkAsync("/worklists/awaiting-assessment")).EnumerateArray().ShouldNotContain(a => a.GetProperty("id").GetGuid() == id);
        await Staff.CommandAsync(HttpMethod.Put, $"/technologies/{id}/ip-ownership", new
        {
            owners = new[] { new { name = "CERN", kind = "Facility", share = 100m } },
            agreementReference = "KT-AGR-1",
        }, ifMatch: 3);
        await Staff.CommandAsync(HttpMethod.Post, $"/technologies/{id}/patent-applications", new { office = "EP", applicationNumber = "EP26100001", filedOn = Today() });
        await PublishAsync(id);
        await Staff.CommandAsync(HttpMethod.Post, $"/technologies/{id}/phase-advances", new { to = "Prototype", evidence = "Prototype tested at SM18" });

        // Then the patent's priority year is on the deadline worklist
        var deadlines = await Staff.GetOkAsync("/worklists/patent-deadlines?days=400");
        deadlines.EnumerateArray().ShouldContain(d => d.GetProperty("technologyId").GetGuid() == id && d.GetProperty("kind").GetString() == "PriorityYear");

        // When Licensing signs a licence, and a large licensee reports first sales
        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
        var licenceId = Guid.NewGuid();
        var licence = new LicenceSigned(licenceId, id, Guid.NewGuid(), "Cryo SARL", Exclusive: true, DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        // Redelivered (same message id) and re-sent (new message id): still one licence transfer.
        await bus.PublishAsync(licence, messageId);
        await bus.PublishAsync(licence, messageId);
        await bus.PublishAsync(licence);
        await StepAsync(id, "transfer-recorded");
        await bus.PublishAsync(new FirstCommercialSalesReported(licenceId, id, Guid.NewGuid(), "MegaMagnet AG", CompanySizeClass.Large, "MRI quench guard",
            DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));

        // Then the evidence waits on the staff worklist: a large firm is no SME
        var held = await Eventually.GetAsync(async () => (await Staff.GetOkAsync("/worklists/sme-product-evidence")).EnumerateArray()
            .Where(e => e.GetProperty("technologyId").GetGuid() == id).Select(e => (JsonElement?)e).FirstOrDefault() is { } e ? e.ToString() : null,
            "the held evidence on the worklist");
        held.ShouldContain("sme-product-needs-an-sme");

        // When a start-up is founded on it, launches a product and closes a round
        var startUp = Guid.NewGuid();
        await bus.PublishAsync(new StartUpFounded(startUp, "Quenchless SAS", [id], DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await Staff.GetOkAsync($"/technologies/{id}")).GetProperty("transfers").GetArrayLength() == 2, "the start-up transfer");
        await bus.PublishAsync(new StartUpProductLaunched(startUp, "Quenchless SAS", [id], "QG-1 quench guard", DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await Staff.GetOkAsync($"/technologies/{id}")).GetProperty("phase").GetString() == "SmeProduct", "phase 3");
        // (a first round failed: the lead pulled out; re-sent under a new message id, it is still one step)
        var failedRound = new RoundFailed(Guid.NewGuid(), startUp, "equity", 40_000m, 130_000m, "EUR", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60),
            DateTimeOffset.UtcNow, "the lead investor pulled out", "fred.financier");
        await bus.PublishAsync(failedRound);
        await bus.PublishAsync(failedRound);
        await StepAsync(id, "financing-round-failed");
        await bus.PublishAsync(new RoundClosed(Guid.NewGuid(), startUp, "seed", 250_000m, "EUR", DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));
        await StepAsync(id, "financing-round-closed");

        // Then the record, the journey, the worklists, the catalogue and the scoreboard all tell the same story
        var technology = await Staff.GetOkAsync($"/technologies/{id}");
        technology.GetProperty("transfers").EnumerateArray().Select(t => t.GetProperty("form").GetString()).ShouldBe(["Licence", "StartUp"]);
        technology.GetProperty("heldSmeEvidence").GetArrayLength().ShouldBe(0);
        (await Staff.GetOkAsync("/worklists/sme-product-evidence")).EnumerateArray().ShouldNotContain(e => e.GetProperty("technologyId").GetGuid() == id);

        var steps = (await Staff.GetOkAsync($"/technologies/{id}/journey")).GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("step").GetString()).ShouldBe(
        [
            "disclosed", "assessed", "ip-ownership-agreed", "patent-application-filed", "published-for-marketing", "phase-advanced",
            "transfer-recorded", "sme-product-evidence-held", "transfer-recorded", "phase-advanced", "financing-round-failed", "financing-round-closed",
        ]);
        var failedStep = steps.Single(s => s.GetProperty("step").GetString() == "financing-round-failed");
        failedStep.GetProperty("by").GetString().ShouldBe("fred.financier");
        failedStep.GetProperty("summary").GetString()!.ShouldContain("the lead investor pulled out");
        steps.Select(s => s.GetProperty("source").GetString()).Distinct().ShouldBe(["disclosures", "licensing", "incubation", "financing"], ignoreOrder: true);
        steps.Take(6).ShouldAllBe(s => s.GetProperty("by").GetString() == "olga.staff");
        steps.Select(s => s.GetProperty("happenedOn").GetString()).ShouldBeInOrder();

        var catalogue = await Partner.GetOkAsync("/catalogue?keyword=Cryogenics&phase=SmeProduct&facility=cern");
        catalogue.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(id);

        var scoreboard = (await Staff.GetOkAsync($"/scoreboard?year={DateTime.UtcNow.Year}&facility=CERN")).GetProperty("facilities").EnumerateArray().Single();
        scoreboard.GetProperty("disclosures").GetInt32().ShouldBe(1);
        scoreboard.GetProperty("patentApplications").GetInt32().ShouldBe(1);
        scoreboard.GetProperty("transfersByForm").GetProperty("licence").GetInt32().ShouldBe(1);
        scoreboard.GetProperty("transfersByForm").GetProperty("start-up").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task The_same_news_resent_many_times_at_once_is_one_step()
    {
        // Copies under new message ids pass the inbox and are consumed concurrently: the journey still shows one step.
        var technologies = new List<Guid>();
        for (var i = 0; i < 4; i++) technologies.Add(await Staff.DiscloseAsync(Sample.Disclosure($"Cryogenic valve {i}", facility: "JET")));
        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        var payments = technologies.Select(t => new RoyaltyPaid(Guid.NewGuid(), Guid.NewGuid(), t, Guid.NewGuid(), null, 1_000m, 1_000m, 0m, "EUR", day,
            DateTimeOffset.UtcNow, "lena.licensing")).ToList();
        // Copies of one payment side by side on the queue, so the consumer takes several of them at once.
        var copies = payments.SelectMany(p => Enumerable.Repeat(p, 8)).Select(p => (Payment: p, MessageId: Guid.NewGuid())).ToList();
        foreach (var (payment, messageId) in copies) await bus.PublishAsync(payment, messageId);

        // Every copy handled (its inbox row written with the handling), then count.
        var inbox = copies.Select(c => ProcessedMessage.KeyFor(typeof(RoyaltyPaidConsumer), c.MessageId)).ToArray();
        await Eventually.TrueAsync(async () =>
        {
            await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
            return (await session.LoadManyAsync<ProcessedMessage>(inbox)).Count == inbox.Length;
        }, "every copy handled", TimeSpan.FromSeconds(60));
        foreach (var id in technologies)
            (await Staff.GetOkAsync($"/technologies/{id}/journey")).GetProperty("steps").EnumerateArray()
                .Count(s => s.GetProperty("step").GetString() == "licence-income-received").ShouldBe(1);
    }

    private Task StepAsync(Guid id, string step) => Eventually.TrueAsync(async () =>
            (await Staff.GetOkAsync($"/technologies/{id}/journey")).GetProperty("steps").EnumerateArray().Any(s => s.GetProperty("step").GetString() == step),
        $"the journey step {step}");
}
