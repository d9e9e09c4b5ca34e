using Microsoft.AspNetCore.Mvc.Testing;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Contracts.Disclosures;
using TechTransfer.Disclosures.Api;
using TechTransfer.Licensing.Api;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>
/// A technology Licensing never heard of (it was disclosed, owned and marketed before this Licensing host existed, so
/// its events went by) is confirmed through a real Disclosures host's REST API, with the staff caller's own token.
/// </summary>
public sealed class DisclosuresFallbackTests(DisclosuresFallbackTests.Hosts hosts) : IClassFixture<DisclosuresFallbackTests.Hosts>
{
    private ServiceHost<DisclosuresApi> _disclosures => hosts.Disclosures;
    private LicensingFixture _licensing => hosts.Licensing;
    private Guid _technology => hosts.Technology;

    /// <summary>Both hosts and the technology, once for the class (a Disclosures host and a Licensing host are slow to start).</summary>
    public sealed class Hosts(TestInfrastructure infrastructure) : IAsyncLifetime
    {
        private readonly FallbackFixture _licensing = new(infrastructure);
        public ServiceHost<DisclosuresApi> Disclosures { get; private set; } = null!;
        public LicensingFixture Licensing => _licensing;
        public Guid Technology { get; private set; }

        public async ValueTask InitializeAsync()
        {
            Disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "disclosures");
            await Disclosures.StartReadyAsync();
            await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);
            await probe.WatchExchangeAsync(TechnologyPublishedForMarketing.Exchange);
            var staff = Disclosures.ClientAs(Roles.Staff, "kt-officer");
            Technology = await staff.DiscloseAsync(Sample.Disclosure());
            await staff.CommandAsync(HttpMethod.Post, $"/technologies/{Technology}/assessments", new { decision = "Pursue", trl = 4, notes = "MRI makers" });
            await staff.CommandAsync(HttpMethod.Put, $"/technologies/{Technology}/ip-ownership", new
            {
                owners = new[] { new { name = "CERN", kind = "Facility", share = 70m }, new { name = "EPFL", kind = "University", share = 30m } },
                agreementReference = "KT-AGR-2026-014",
            });
            await staff.CommandAsync(HttpMethod.Put, $"/technologies/{Technology}/marketing", new
            {
                publicTitle = "Fast quench protection", summary = "Protects superconducting magnets.", applications = new[] { "MRI" }, keywords = new[] { "cryogenics" },
            });
            // Published before Licensing's queues exist: Licensing will not hear of it over the bus.
            await probe.WaitForAsync(m => m.Message.GetProperty("technologyId").GetGuid() == Technology, "the marketing event to leave Disclosures");
            _licensing.DisclosuresHost = Disclosures;
            await _licensing.InitializeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await _licensing.DisposeAsync();
            await Disclosures.DisposeWithConnectionsAsync();
        }
    }

    [Fact]
    public async Task Signing_asks_Disclosures_about_an_unknown_technology_with_the_callers_credentials_and_keeps_what_it_learned()
    {
        (await _licensing.Staff.GetAsync($"/known-technologies/{_technology}", TestContext.Current.CancellationToken)).StatusCode
            .ShouldBe(System.Net.HttpStatusCode.NotFound);
        var id = await _licensing.DraftAsync(LicensingFixture.Terms(_technology, await _licensing.LicenseeAsync()));

        await _licensing.Staff.PostOkAsync($"/licences/{id}/signature", new { });

        var licence = await _licensing.Staff.GetOkAsync($"/licences/{id}");
        (licence.GetProperty("status").GetString(), licence.GetProperty("facility").GetString(), licence.GetProperty("technologyTitle").GetString())
            .ShouldBe(("Signed", "CERN", "Fast quench protection"));
        var known = await _licensing.Staff.GetOkAsync($"/known-technologies/{_technology}");
        (known.GetProperty("ownershipAgreed").GetBoolean(), known.GetProperty("inventors").GetArrayLength()).ShouldBe((true, 2));
        known.GetRawText().ShouldNotContain(Sample.InventorName);
        known.GetRawText().ShouldNotContain(Sample.SecretDescription);
        // Disclosures audited the read as the Licensing caller's own.
        var reads = await _disclosures.ClientAs(Roles.Staff).GetOkAsync($"/technologies/{_technology}/confidential-reads");
        reads.GetRawText().ShouldContain("olga.staff");
    }

    [Fact]
    public async Task A_licensees_system_with_an_API_key_issued_in_Disclosures_sees_and_reports_on_its_own_licence()
    {
        var ct = TestContext.Current.CancellationToken;
        var organisation = Guid.NewGuid();
        var (technology, _, _) = await _licensing.TechnologyReadyAsync();
        var licensee = await _licensing.LicenseeAsync(organisation, "Keyed Sensors SA");
        var terms = LicensingFixture.Terms(technology, licensee, "NonExclusive");
        var id = await _licensing.DraftAsync(terms);
        await _licensing.Staff.PostOkAsync($"/licences/{id}/signature", new { });

        var issued = await _disclosures.ClientAs(Roles.Staff).PostOkAsync("/admin/api-keys", new { organisationId = organisation, organisationKind = "licensee", label = "Keyed ERP" });
        using var erp = _licensing.Factory.CreateClient();
        erp.DefaultRequestHeaders.Add("X-Api-Key", issued.GetProperty("apiKey").GetString());
        await TechTransfer.Testing.Eventually.TrueAsync(async () => (await erp.GetAsync("/licences", ct)).IsSuccessStatusCode, "Licensing to learn the key");

        (await erp.GetOkAsync("/licences")).EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ShouldBe([id]);
        var start = DateOnly.Parse((string)terms["startsOn"]!);
        var report = await erp.PostOkAsync($"/licences/{id}/royalty-reports", new
        {
            periodStart = start, periodEnd = start.AddMonths(3).AddDays(-1), sales = new[] { new { territory = "DE", currency = "EUR", netSales = 2_000m } },
        });
        report.GetProperty("due").GetDecimal().ShouldBe(100m);
        (await erp.GetAsync($"/known-technologies/{technology}", ct)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
    }

    private sealed class FallbackFixture(TestInfrastructure infrastructure) : LicensingFixture(infrastructure)
    {
        public ServiceHost<DisclosuresApi> DisclosuresHost { get; set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings(string name) => DisclosuresAsOwner.WithOwner(base.Settings(name));

        protected override WebApplicationFactory<LicensingApi> Customise(ServiceHost<LicensingApi> host) => host.AskingDisclosures(() => DisclosuresHost);
    }
}
