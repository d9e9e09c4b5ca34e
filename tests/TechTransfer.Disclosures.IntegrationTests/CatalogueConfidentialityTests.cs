using System.Net;
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
        // Given two marketed technologies, one at the prototype phase with a transfer, one only disclosed, one abandoned
        var (magnet, _) = await ReadyToMarketAsync();
        await PublishAsync(magnet);
        await Staff.CommandAsync(HttpMethod.Post, $"/technologies/{magnet}/phase-advances", new { to = "Prototype", evidence = "Prototype at SM18" });
        await Staff.CommandAsync(HttpMethod.Post, $"/technologies/{magnet}/transfers",
            new { form = "ConsultingAgreement", counterpart = "Cryo SARL", reference = "CA-7", on = Today() });
        var (detector, _) = await ReadyToMarketAsync(Sample.Disclosure("Pixel detector", "CERN", "Particle detectors", ["pixels", "asic"]));
        await PublishAsync(detector, "Radiation-hard pixel sensor", ["pixels", "imaging"]);
        var unmarketed = await Staff.DiscloseAsync(Sample.Disclosure("Unpublished invention", "JET"));
        var (abandoned, _) = await ReadyToMarketAsync(Sample.Disclosure("Abandoned idea", "ITER"));
        await PublishAsync(abandoned, "Abandoned idea, public title");
        await Staff.CommandAsync(HttpMethod.Post, $"/technologies/{abandoned}/abandonment", new { reason = "CONFIDENTIAL-7f3a no market" });

        // When partners search the catalogue every way it can be searched
        string[] searches =
        [
            "/catalogue", "/catalogue?keyword=cryogenics", "/catalogue?field=superconducting%20magnets", "/catalogue?facility=CERN",
            "/catalogue?phase=Prototype", "/catalogue?pageSize=1&page=2", $"/catalogue/{magnet}", $"/catalogue/{detector}",
            "/catalogue?q=sensors", "/catalogue?q=Secretworth", "/catalogue?q=CONFIDENTIAL-7f3a",
        ];
        var answers = new List<string>();
        foreach (var search in searches)
        {
            var response = await Partner.GetAsync(search, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, search);
            answers.Add(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        // Then they find the marketed technologies only, by each filter, paged
        var all = await Partner.GetOkAsync("/catalogue");
        all.GetProperty("total").GetInt64().ShouldBe(2);
        all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([detector, magnet], ignoreOrder: true);
        (await Partner.GetOkAsync("/catalogue?keyword=CRYOGENICS")).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(magnet);
        (await Partner.GetOkAsync("/catalogue?phase=Prototype")).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(magnet);
        (await Partner.GetOkAsync("/catalogue?field=particle%20detectors")).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(detector);
        (await Partner.GetOkAsync("/catalogue?facility=ITER")).GetProperty("total").GetInt64().ShouldBe(0);
        // Free text finds public words (stemmed: "sensors" matches "sensor"), never confidential ones
        (await Partner.GetOkAsync("/catalogue?q=radiation-hard%20sensors")).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(detector);
        (await Partner.GetOkAsync("/catalogue?q=Secretworth")).GetProperty("total").GetInt64().ShouldBe(0);
        (await Partner.GetOkAsync("/catalogue?q=%22quench%20detector%22%20FPGA")).GetProperty("total").GetInt64().ShouldBe(0);
        var page = await Partner.GetOkAsync("/catalogue?pageSize=1&page=2");
        (page.GetProperty("items").GetArrayLength(), page.GetProperty("total").GetInt64()).ShouldBe((1, 2L));
        (await Partner.GetAsync($"/catalogue/{unmarketed}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // ...and never the staff record, the journey or the worklists
        foreach (var staffOnly in new[] { $"/technologies/{magnet}", $"/technologies/{magnet}/journey", "/worklists/awaiting-assessment" })
            (await Partner.GetAsync(staffOnly, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, staffOnly);

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
