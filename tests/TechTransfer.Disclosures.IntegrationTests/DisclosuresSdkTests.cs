using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client;
using TechTransfer.Client.Admin;
using TechTransfer.Client.Disclosures;
using TechTransfer.Contracts.Licensing;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;
using LicenceSignedConsumer = TechTransfer.Disclosures.Api.Technologies.RecordTransfer.LicenceSignedConsumer;

namespace TechTransfer.Disclosures.IntegrationTests;

/// <summary>Disclosures driven through the partner SDK only: what is written through it reads back through it.</summary>
public sealed class DisclosuresSdkTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "sdkdisc")
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly On(int plusDays = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(plusDays);

    [Fact]
    public async Task Staff_take_a_technology_from_disclosure_to_sme_product_and_read_every_step_back()
    {
        var api = Api;
        var disclosed = await api.DiscloseTechnologyAsync(Sample.Request(), Ct);
        disclosed.Version.ShouldBe(2);
        var id = disclosed.Id;

        var read = await api.GetTechnologyAsync(id, Ct);
        read.ETag().ShouldBe(ETags.For(2));
        var technology = read.Ok();
        technology.Title.ShouldBe("Quench detector for superconducting magnets");
        technology.Phase.ShouldBe(Phases.FacilityRnD);
        technology.ConceivedOn.ShouldBe(new DateOnly(2025, 1, 15));
        technology.Inventors.Select(i => (i.Email, i.Share)).ShouldBe([(Sample.InventorEmail, 60m), (Sample.OtherInventorEmail, 40m)]);
        technology.EarlierDisclosures.ShouldHaveSingleItem().On.ShouldBe(new DateOnly(2025, 9, 1));
        (await api.ListAwaitingAssessmentAsync("CERN", Ct)).ShouldContain(a => a.Id == id && a.DisclosedBy == "olga.staff");

        // Inventors amended at the version read: the first inventor keeps her id.
        var amended = await api.AmendInventorsAsync(id, new AmendInventors(
            [new InventorInput(Sample.InventorName, "CERN TE", Sample.InventorEmail, 50m), new InventorInput(Sample.OtherInventorName, "EPFL", Sample.OtherInventorEmail, 30m),
             new InventorInput("Chidi Newcomer", "CERN TE", "chidi@cern.example", 20m)], "a fellow joined"), read.ETag(), Ct);
        amended.Version.ShouldBe(4);
        var assessed = await api.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Pursue, 4, "MRI makers interested"), ETags.For(amended.Version), Ct);
        (await api.ListAwaitingAssessmentAsync(ct: Ct)).ShouldNotContain(a => a.Id == id);
        await api.AgreeIpOwnershipAsync(id, new AgreeIpOwnership(
            [new OwnerInput("CERN", OwnerKinds.Facility, 70m), new OwnerInput("EPFL", OwnerKinds.University, 30m)], "KT-AGR-2026-014"), ETags.For(assessed.Version), Ct);

        // Patents: a first filing opens its priority year; a later filing claims it; one is granted, the other abandoned.
        var firstFiling = On(-30);
        await api.FilePatentApplicationAsync(id, new FilePatentApplication("EP", "EP26100001", firstFiling), ct: Ct);
        (await api.ListPatentDeadlinesAsync(400, Ct)).ShouldContain(d =>
            d.TechnologyId == id && d.Kind == PatentDeadlineKinds.PriorityYear && d.Due == firstFiling.AddMonths(12) && d.Office == "EP");
        await api.FilePatentApplicationAsync(id, new FilePatentApplication("US", "US18/100001", On(-10), firstFiling), ct: Ct);
        var applications = (await api.GetTechnologyAsync(id, Ct)).Ok().PatentApplications;
        var ep = applications.Single(a => a.Office == "EP");
        var us = applications.Single(a => a.Office == "US");
        us.PriorityDate.ShouldBe(firstFiling);
        await api.GrantPatentAsync(id, ep.ApplicationId, new GrantPatent("EP4100001", On(-1)), ct: Ct);
        await api.AbandonPatentApplicationAsync(id, us.ApplicationId, new AbandonPatentApplication("No US market for now", On()), ct: Ct);

        // Marketing: partners find it in the catalogue, with the public fields only.
        await api.PublishForMarketingAsync(id, new PublishForMarketing("Fast quench protection",
            "Protects superconducting magnets by detecting quenches within microseconds.", ["MRI magnets", "fusion magnets"], ["cryogenics", "magnet protection"]), ct: Ct);
        var page = await PartnerApi().SearchCatalogueAsync(new CatalogueQuery { Q = "quench", Facility = "CERN", Phase = Phases.FacilityRnD, Keyword = "cryogenics", PageSize = 5 }, Ct);
        page.PageSize.ShouldBe(5);
        page.Items.ShouldHaveSingleItem().Id.ShouldBe(id);
        (await PartnerApi().SearchCatalogueAsync(new CatalogueQuery { Q = "dark matter" }, Ct)).Total.ShouldBe(0);
        var entry = await PartnerApi().GetCatalogueEntryAsync(id, Ct);
        entry.Title.ShouldBe("Fast quench protection");
        entry.Applications.ShouldBe(["MRI magnets", "fusion magnets"]);

        // Prototype, a transfer by hand, then the SME-product phase.
        await api.AdvancePhaseAsync(id, new AdvancePhase(Phases.Prototype, "Prototype tested at SM18"), ct: Ct);
        await api.RecordTransferAsync(id, new RecordTransfer(TransferForms.PartnershipAgreement, "Cryo SARL", "KT-PA-2026-3", On()), ct: Ct);
        var sme = await api.AdvancePhaseAsync(id, new AdvancePhase(Phases.SmeProduct, "Cryo SARL sells QuenchGuard"), ct: Ct);

        var final = await api.GetTechnologyAsync(id, Ct);
        final.ETag().ShouldBe(ETags.For(sme.Version));
        var record = final.Ok();
        record.Version.ShouldBe(sme.Version);
        record.Phase.ShouldBe(Phases.SmeProduct);
        record.Inventors.Single(i => i.Email == Sample.InventorEmail).InventorId.ShouldBe(technology.Inventors.Single(i => i.Email == Sample.InventorEmail).InventorId);
        record.Assessment.ShouldNotBeNull().Decision.ShouldBe(AssessmentDecisions.Pursue);
        record.Ownership.ShouldNotBeNull().Owners.Select(o => (o.Name, o.Kind, o.Share)).ShouldBe([("CERN", OwnerKinds.Facility, 70m), ("EPFL", OwnerKinds.University, 30m)]);
        record.PatentApplications.Single(a => a.Office == "EP").ShouldSatisfyAllConditions(
            a => a.Status.ShouldBe(PatentStatuses.Granted), a => a.PatentNumber.ShouldBe("EP4100001"), a => a.GrantedOn.ShouldBe(On(-1)));
        record.PatentApplications.Single(a => a.Office == "US").Status.ShouldBe(PatentStatuses.Abandoned);
        record.Marketing.ShouldNotBeNull().PublicTitle.ShouldBe("Fast quench protection");
        record.Transfers.ShouldHaveSingleItem().ShouldSatisfyAllConditions(t => t.Form.ShouldBe(TransferForms.PartnershipAgreement), t => t.Counterpart.ShouldBe("Cryo SARL"));

        var scoreboard = (await PartnerApi().GetScoreboardAsync(On().Year, "CERN", Ct)).Facilities.ShouldHaveSingleItem();
        scoreboard.ShouldSatisfyAllConditions(s => s.Facility.ShouldBe("CERN"), s => s.Disclosures.ShouldBe(1), s => s.Transfers.ShouldBe(1),
            s => s.Agreements.Partnership.ShouldBe(1), s => s.TimeToFirstTransfer.ShouldNotBeNull().Technologies.ShouldBe(1));
        (await PartnerApi().GetScoreboardCsvAsync(On().Year, "CERN", Ct)).ShouldContain("\r\nCERN," + On().Year + ",1,");
        (await PartnerApi().GetAutmSurveyAsync(On().Year, "CERN", Ct)).InventionDisclosuresReceived.ShouldBe(1);
        (await api.ListTechnologiesAsync(title: record.Title, facility: "CERN", ct: Ct)).Items.ShouldHaveSingleItem().Id.ShouldBe(id);

        var journey = await api.GetJourneyAsync(id, Ct);
        journey.Phase.ShouldBe(Phases.SmeProduct);
        // In business order: the applications were filed (30 and 10 days ago) and granted (yesterday) before today's steps.
        journey.Steps.Select(s => s.Step).ShouldBe([
            "patent-application-filed", "patent-application-filed", "patent-granted", "disclosed", "inventors-amended", "assessed", "ip-ownership-agreed",
            "patent-application-abandoned", "published-for-marketing", "phase-advanced", "transfer-recorded", "phase-advanced",
        ]);
        journey.Steps.Take(3).Select(s => s.HappenedOn).ShouldBe([firstFiling, On(-10), On(-1)]);
        journey.Steps.Select(s => (s.HappenedOn, s.At)).ShouldBeInOrder();

        // Every read of the confidential record was audited: three reads above.
        var reads = await api.ListConfidentialReadsAsync(id, Ct);
        reads.Count.ShouldBe(3);
        reads.ShouldAllBe(r => r.Reader == "olga.staff" && r.Role == Roles.Staff && r.ResourceId == id);

        // Abandoned at the current version: it leaves the catalogue.
        await api.AbandonTechnologyAsync(id, new AbandonTechnology("The market moved on"), ETags.For(sme.Version), Ct);
        await SdkCalls.RefusedAsync(() => PartnerApi().GetCatalogueEntryAsync(id, Ct), HttpStatusCode.NotFound);
        (await api.GetTechnologyAsync(id, Ct)).Ok().Abandonment.ShouldNotBeNull().Reason.ShouldBe("The market moved on");
    }

    [Fact]
    public async Task Refusals_surface_as_ApiException_with_the_problem_details()
    {
        var api = Api;
        var id = (await api.DiscloseTechnologyAsync(Sample.Request(), Ct)).Id;

        // A stale If-Match: 412, nothing written.
        await SdkCalls.RefusedAsync(() => api.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Pursue, 4), ETags.For(1), Ct), HttpStatusCode.PreconditionFailed);
        (await api.GetTechnologyAsync(id, Ct)).ETag().ShouldBe(ETags.For(2));

        // A broken rule names itself.
        (await SdkCalls.RefusedAsync(() => api.PublishForMarketingAsync(id, new PublishForMarketing("Fast quench protection",
            "Protects superconducting magnets by detecting quenches within microseconds.", ["MRI magnets"]), ct: Ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("marketing-needs-decision-to-pursue");
        (await SdkCalls.RefusedAsync(() => api.RecordTransferAsync(id, new RecordTransfer(TransferForms.Licence, "Acme", "L-1", On()), ct: Ct),
            HttpStatusCode.UnprocessableEntity)).Rule().ShouldBe("transfer-form-is-recorded-by-its-service");

        // Bad input names the field.
        var invalid = await SdkCalls.RefusedAsync(() => api.DiscloseTechnologyAsync(Sample.Request() with { Inventors = [] }, Ct), HttpStatusCode.BadRequest);
        invalid.GetProperty("errors").EnumerateObject().ShouldContain(e => e.Name.Contains("inventors", StringComparison.OrdinalIgnoreCase));

        // Unknown ids are 404; a partner cannot reach the confidential record.
        await SdkCalls.RefusedAsync(() => api.GetJourneyAsync(Guid.NewGuid(), Ct), HttpStatusCode.NotFound);
        var forbidden = await PartnerApi().GetTechnologyAsync(id, Ct);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Should.Throw<ApiException>(() => forbidden.Ok());
    }

    [Fact]
    public async Task Evidence_the_rules_hold_back_and_poison_messages_are_visible_through_the_sdk()
    {
        var id = (await Api.DiscloseTechnologyAsync(Sample.Request(), Ct)).Id;
        await using var bus = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);

        // A large firm's first sales are no SME product: held for staff, with the rule.
        await bus.PublishAsync(new FirstCommercialSalesReported(Guid.NewGuid(), id, Guid.NewGuid(), "MegaMagnet AG", CompanySizeClass.Large, "MRI quench guard",
            On(), DateTimeOffset.UtcNow));
        var held = await Eventually.GetAsync(async () => (await Api.ListSmeProductEvidenceAsync(Ct)).FirstOrDefault(e => e.TechnologyId == id),
            "the held evidence on the worklist");
        held.Rule.ShouldBeOneOf("sme-product-needs-an-sme", "sme-product-needs-a-transfer");
        held.Source.ShouldBe("licensing");

        // A licence on an unknown technology is parked at once; operators see it and can replay it.
        var admin = SdkCalls.For<IAdminApi>(Host.ClientAs(Roles.Admin, "ops"));
        var queue = Host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<LicenceSignedConsumer>();
        // Contract exchanges are shared by every host on the broker: other tests' licences on technologies this host never
        // saw land in this error queue too. The test looks for its own letter.
        var unknown = Guid.NewGuid();
        await bus.PublishAsync(new LicenceSigned(Guid.NewGuid(), unknown, Guid.NewGuid(), "Cryo SARL", false, On(), DateTimeOffset.UtcNow));
        bool Ours(DeadLetter l) => l.ExceptionMessage?.Contains(unknown.ToString()) == true;
        var parked = await Eventually.GetAsync(async () => (await admin.PeekDeadLettersAsync(queue, 100, Ct)).Any(Ours)
                ? (await admin.ListDeadLetterQueuesAsync(Ct)).FirstOrDefault(q => q.Queue == queue && q.Messages >= 1)
                : null,
            "the poison message to be parked and counted");
        parked.ErrorQueue.ShouldBe(queue + "_error");
        var letter = (await admin.PeekDeadLettersAsync(queue, 100, Ct)).Single(Ours);
        letter.ExceptionMessage.ShouldNotBeNullOrWhiteSpace();
        await SdkCalls.RefusedAsync(() => admin.PeekDeadLettersAsync("someone-elses-queue", ct: Ct), HttpStatusCode.NotFound);
        var replayed = await admin.ReplayDeadLettersAsync(queue, ct: Ct);
        replayed.Queue.ShouldBe(queue);
        replayed.Messages.ShouldBeGreaterThanOrEqualTo(1);
    }
}
