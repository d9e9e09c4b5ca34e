using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Client;
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

/// <summary>A technology's whole journey inside Disclosures, with the other services played on the real broker.</summary>
public sealed class TechnologyJourneyTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "journey")
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_technology_goes_from_disclosure_to_sme_product_with_every_step_on_its_journey()
    {
        // Given a disclosure, waiting for assessment
        var id = (await Api.DiscloseTechnologyAsync(Sample.Request(), Ct)).Id;
        (await Api.ListAwaitingAssessmentAsync(ct: Ct)).ShouldContain(a => a.Id == id);

        // When staff assess it, agree its ownership, file a first patent application, market it and build a prototype
        var assessed = await Api.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Pursue, 4), ETags.For(2), Ct);
        assessed.Version.ShouldBe(3);
        (await Api.ListAwaitingAssessmentAsync(ct: Ct)).ShouldNotContain(a => a.Id == id);
        await Api.AgreeIpOwnershipAsync(id, new AgreeIpOwnership([new OwnerInput("CERN", OwnerKinds.Facility, 100m)], "KT-AGR-1"), ETags.For(3), Ct);
        await Api.FilePatentApplicationAsync(id, new FilePatentApplication("EP", "EP26100001", Today()), ct: Ct);
        await PublishAsync(id);
        await Api.AdvancePhaseAsync(id, new AdvancePhase(Phases.Prototype, "Prototype tested at SM18"), ct: Ct);

        // Then the patent's priority year is on the deadline worklist
        (await Api.ListPatentDeadlinesAsync(400, Ct)).ShouldContain(d => d.TechnologyId == id && d.Kind == PatentDeadlineKinds.PriorityYear);

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
        var held = await Eventually.GetAsync(async () => (await Api.ListSmeProductEvidenceAsync(Ct)).FirstOrDefault(e => e.TechnologyId == id),
            "the held evidence on the worklist");
        held.Rule.ShouldBe("sme-product-needs-an-sme");

        // When a start-up is founded on it, launches a product and closes a round
        var startUp = Guid.NewGuid();
        await bus.PublishAsync(new StartUpFounded(startUp, "Quenchless SAS", [id], DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await TechnologyAsync(id)).Transfers.Count == 2, "the start-up transfer");
        await bus.PublishAsync(new StartUpProductLaunched(startUp, "Quenchless SAS", [id], "QG-1 quench guard", DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await TechnologyAsync(id)).Phase == Phases.SmeProduct, "phase 3");
        // (a first round failed: the lead pulled out; re-sent under a new message id, it is still one step)
        var failedRound = new RoundFailed(Guid.NewGuid(), startUp, "equity", 40_000m, 130_000m, "EUR", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60),
            DateTimeOffset.UtcNow, "the lead investor pulled out", "fred.financier");
        await bus.PublishAsync(failedRound);
        await bus.PublishAsync(failedRound);
        await StepAsync(id, "financing-round-failed");
        await bus.PublishAsync(new RoundClosed(Guid.NewGuid(), startUp, "seed", 250_000m, "EUR", DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));
        await StepAsync(id, "financing-round-closed");

        // Then the record, the journey, the worklists, the catalogue and the scoreboard all tell the same story
        var technology = await TechnologyAsync(id);
        technology.Transfers.Select(t => t.Form).ShouldBe([TransferForms.Licence, TransferForms.StartUp]);
        technology.HeldSmeEvidence.ShouldBeEmpty();
        (await Api.ListSmeProductEvidenceAsync(Ct)).ShouldNotContain(e => e.TechnologyId == id);

        var steps = (await Api.GetJourneyAsync(id, Ct)).Steps;
        steps.Select(s => s.Step).ShouldBe(
        [
            "disclosed", "assessed", "ip-ownership-agreed", "patent-application-filed", "published-for-marketing", "phase-advanced",
            "transfer-recorded", "sme-product-evidence-held", "transfer-recorded", "phase-advanced", "financing-round-failed", "financing-round-closed",
        ]);
        var failedStep = steps.Single(s => s.Step == "financing-round-failed");
        failedStep.By.ShouldBe("fred.financier");
        failedStep.Summary.ShouldContain("the lead investor pulled out");
        steps.Select(s => s.Source).Distinct().ShouldBe(["disclosures", "licensing", "incubation", "financing"], ignoreOrder: true);
        steps.Take(6).ShouldAllBe(s => s.By == "olga.staff");
        steps.Select(s => s.HappenedOn).ShouldBeInOrder();

        var catalogue = await PartnerApi().SearchCatalogueAsync(new CatalogueQuery { Keyword = "Cryogenics", Phase = Phases.SmeProduct, Facility = "cern" }, Ct);
        catalogue.Items.ShouldHaveSingleItem().Id.ShouldBe(id);

        var scoreboard = (await Api.GetScoreboardAsync(DateTime.UtcNow.Year, "CERN", Ct)).Facilities.ShouldHaveSingleItem();
        scoreboard.Disclosures.ShouldBe(1);
        scoreboard.PatentApplications.ShouldBe(1);
        scoreboard.TransfersByForm["licence"].ShouldBe(1);
        scoreboard.TransfersByForm["start-up"].ShouldBe(1);
    }

    [Fact]
    public async Task The_same_news_resent_many_times_at_once_is_one_step()
    {
        // Copies under new message ids pass the inbox and are consumed concurrently: the journey still shows one step.
        var technologies = new List<Guid>();
        for (var i = 0; i < 4; i++) technologies.Add((await Api.DiscloseTechnologyAsync(Sample.Request($"Cryogenic valve {i}", facility: "JET"), Ct)).Id);
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
            (await Api.GetJourneyAsync(id, Ct)).Steps.Count(s => s.Step == "licence-income-received").ShouldBe(1);
    }

    private async Task<Technology> TechnologyAsync(Guid id) => (await Api.GetTechnologyAsync(id, Ct)).Ok();

    private Task StepAsync(Guid id, string step) => Eventually.TrueAsync(async () => (await Api.GetJourneyAsync(id, Ct)).Steps.Any(s => s.Step == step),
        $"the journey step {step}");
}
