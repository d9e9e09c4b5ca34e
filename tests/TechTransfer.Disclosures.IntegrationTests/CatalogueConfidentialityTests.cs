using System.Net;
using TechTransfer.Client.Disclosures;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;
using Contract = TechTransfer.Contracts.Disclosures;

namespace TechTransfer.Disclosures.IntegrationTests;

/// <summary>
/// Partners see the public catalogue only: marketed technologies, non-confidential fields. No catalogue answer
/// and no message Disclosures publishes carries the description or an inventor's name or e-mail.
/// </summary>
public sealed class CatalogueConfidentialityTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "catalogue")
{
    private static readonly string[] Exchanges =
    [
        Contract.TechnologyDisclosed.Exchange, Contract.InventorSharesSet.Exchange, Contract.IpOwnershipAgreed.Exchange,
        Contract.TechnologyPublishedForMarketing.Exchange, Contract.TechnologyPhaseAdvanced.Exchange,
        Contract.TechnologyTransferRecorded.Exchange, Contract.TechnologyAbandoned.Exchange,
    ];

    private BrokerProbe _probe = null!;

    protected override async Task BeforeStartAsync()
    {
        _probe = await BrokerProbe.ConnectAsync(Infrastructure.Servers.RabbitMq);
        foreach (var exchange in Exchanges) await _probe.WatchExchangeAsync(exchange);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _probe.DisposeAsync();
    }

    [Fact]
    public async Task The_catalogue_and_the_published_events_show_no_confidential_field()
    {
        var ct = TestContext.Current.CancellationToken;
        var partner = PartnerApi();
        // Given two marketed technologies, one at the prototype phase with a transfer, one only disclosed, one abandoned
        var (magnet, _) = await ReadyToMarketAsync();
        await PublishAsync(magnet);
        await Api.AdvancePhaseAsync(magnet, new AdvancePhase(Phases.Prototype, "Prototype at SM18"), ct: ct);
        await Api.RecordTransferAsync(magnet, new RecordTransfer(TransferForms.ConsultingAgreement, "Cryo SARL", "CA-7", Today()), ct: ct);
        var (detector, _) = await ReadyToMarketAsync(Sample.Request("Pixel detector", "CERN", "Particle detectors", ["pixels", "asic"]));
        await PublishAsync(detector, "Radiation-hard pixel sensor", ["pixels", "imaging"]);
        var unmarketed = (await Api.DiscloseTechnologyAsync(Sample.Request("Unpublished invention", "JET"), ct)).Id;
        var (abandoned, _) = await ReadyToMarketAsync(Sample.Request("Abandoned idea", "ITER"));
        await PublishAsync(abandoned, "Abandoned idea, public title");
        await Api.AbandonTechnologyAsync(abandoned, new AbandonTechnology("CONFIDENTIAL-7f3a no market"), ct: ct);

        // When partners search the catalogue every way it can be searched (raw: the test is about the bytes on the wire)
        string[] searches =
        [
            "/catalogue", "/catalogue?keyword=cryogenics", "/catalogue?field=superconducting%20magnets", "/catalogue?facility=CERN",
            "/catalogue?phase=Prototype", "/catalogue?pageSize=1&page=2", $"/catalogue/{magnet}", $"/catalogue/{detector}",
            "/catalogue?q=sensors", "/catalogue?q=Secretworth", "/catalogue?q=CONFIDENTIAL-7f3a",
        ];
        var answers = new List<string>();
        foreach (var search in searches)
        {
            var response = await Partner.GetAsync(search, ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, search);
            answers.Add(await response.Content.ReadAsStringAsync(ct));
        }

        // Then they find the marketed technologies only, by each filter, paged
        var all = await partner.SearchCatalogueAsync(ct: ct);
        all.Total.ShouldBe(2);
        all.Items.Select(i => i.Id).ShouldBe([detector, magnet], ignoreOrder: true);
        (await partner.SearchCatalogueAsync(new CatalogueQuery { Keyword = "CRYOGENICS" }, ct)).Items.ShouldHaveSingleItem().Id.ShouldBe(magnet);
        (await partner.SearchCatalogueAsync(new CatalogueQuery { Phase = Phases.Prototype }, ct)).Items.ShouldHaveSingleItem().Id.ShouldBe(magnet);
        (await partner.SearchCatalogueAsync(new CatalogueQuery { Field = "particle detectors" }, ct)).Items.ShouldHaveSingleItem().Id.ShouldBe(detector);
        (await partner.SearchCatalogueAsync(new CatalogueQuery { Facility = "ITER" }, ct)).Total.ShouldBe(0);
        // Free text finds public words (stemmed: "sensors" matches "sensor"), never confidential ones
        (await partner.SearchCatalogueAsync(new CatalogueQuery { Q = "radiation-hard sensors" }, ct)).Items.ShouldHaveSingleItem().Id.ShouldBe(detector);
        (await partner.SearchCatalogueAsync(new CatalogueQuery { Q = "Secretworth" }, ct)).Total.ShouldBe(0);
        (await partner.SearchCatalogueAsync(new CatalogueQuery { Q = "\"quench detector\" FPGA" }, ct)).Total.ShouldBe(0);
        var page = await partner.SearchCatalogueAsync(new CatalogueQuery { PageSize = 1, Page = 2 }, ct);
        (page.Items.Count, page.Total).ShouldBe((1, 2L));
        await SdkCalls.RefusedAsync(() => partner.GetCatalogueEntryAsync(unmarketed, ct), HttpStatusCode.NotFound);

        // ...and never the staff record, the journey or the worklists
        (await partner.GetTechnologyAsync(magnet, ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await SdkCalls.RefusedAsync(() => partner.GetJourneyAsync(magnet, ct), HttpStatusCode.Forbidden);
        await SdkCalls.RefusedAsync(() => partner.ListAwaitingAssessmentAsync(ct: ct), HttpStatusCode.Forbidden);

        // And no answer, nor any message on any Disclosures exchange, holds a confidential value
        await _probe.WaitForAsync(m => m.RawBody.Contains(abandoned.ToString()) && m.RawBody.Contains("abandonedAt"), "the abandonment message");
        var messages = _probe.Received.Select(m => m.RawBody).ToList();
        messages.Count.ShouldBeGreaterThanOrEqualTo(4 * 2 + 4);
        messages.ShouldContain(m => m.Contains("inventorId"));
        foreach (var text in answers.Concat(messages))
            foreach (var confidential in Sample.Confidential)
                text.ShouldNotContain(confidential, Case.Insensitive);
    }
}
