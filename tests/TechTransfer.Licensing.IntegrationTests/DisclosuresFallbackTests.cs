using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Admin;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Licensing;
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
            var ct = TestContext.Current.CancellationToken;
            var staff = SdkCalls.For<IDisclosuresApi>(Disclosures.ClientAs(Roles.Staff, "kt-officer"));
            Technology = (await staff.DiscloseTechnologyAsync(Sample.Request(), ct)).Id;
            await staff.AssessTechnologyAsync(Technology, new AssessTechnology(AssessmentDecisions.Pursue, 4, "MRI makers"), ct: ct);
            await staff.AgreeIpOwnershipAsync(Technology, new AgreeIpOwnership(
                [new OwnerInput("CERN", OwnerKinds.Facility, 70m), new OwnerInput("EPFL", OwnerKinds.University, 30m)], "KT-AGR-2026-014"), ct: ct);
            await staff.PublishForMarketingAsync(Technology, new PublishForMarketing("Fast quench protection", "Protects superconducting magnets.", ["MRI"], ["cryogenics"]),
                ct: ct);
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
        var ct = TestContext.Current.CancellationToken;
        var api = _licensing.Api;
        await SdkCalls.RefusedAsync(() => api.GetKnownTechnologyAsync(_technology, ct), HttpStatusCode.NotFound);
        var id = await _licensing.DraftAsync(LicensingFixture.Terms(_technology, await _licensing.LicenseeAsync()));

        await _licensing.SignAsync(id);

        var licence = await api.GetLicenceAsync(id, ct);
        (licence.Status, licence.Facility, licence.TechnologyTitle).ShouldBe(("Signed", "CERN", "Fast quench protection"));
        var known = await api.GetKnownTechnologyAsync(_technology, ct);
        (known.OwnershipAgreed, known.Inventors.Count).ShouldBe((true, 2));
        // Raw: the point is what is on the wire, which the SDK's record would not show.
        var wire = await _licensing.Staff.GetStringAsync($"/known-technologies/{_technology}", ct);
        wire.ShouldNotContain(Sample.InventorName);
        wire.ShouldNotContain(Sample.SecretDescription);
        // Disclosures audited the read as the Licensing caller's own.
        var reads = await SdkCalls.For<IDisclosuresApi>(_disclosures.ClientAs(Roles.Staff)).ListConfidentialReadsAsync(_technology, ct);
        reads.ShouldContain(r => r.Reader == "olga.staff");
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
        await _licensing.SignAsync(id);

        var issued = await SdkCalls.For<IAdminApi>(_disclosures.ClientAs(Roles.Staff))
            .IssueApiKeyAsync(new IssueApiKey(organisation, OrganisationKinds.Licensee, "Keyed ERP"), ct);
        // The key as the SDK sends it (TechTransferClientOptions.ApiKey), on the test host's client.
        using var keyed = _licensing.Factory.CreateClient();
        keyed.DefaultRequestHeaders.Add("X-Api-Key", issued.ApiKey);
        var erp = SdkCalls.For<ILicensingApi>(keyed);
        await TechTransfer.Testing.Eventually.TrueAsync(async () => (await Attempt.Of(() => erp.ListLicencesAsync(ct: ct))).Succeeded, "Licensing to learn the key");

        (await erp.ListLicencesAsync(ct: ct)).Select(l => l.Id).ShouldBe([id]);
        var report = await erp.SubmitRoyaltyReportAsync(id, new SubmitRoyaltyReportRequest(terms.StartsOn, terms.StartsOn.AddMonths(3).AddDays(-1),
            [new SalesLineDto("DE", "EUR", 2_000m)]), ct: ct);
        report.Due.ShouldBe(100m);
        await SdkCalls.RefusedAsync(() => erp.GetKnownTechnologyAsync(technology, ct), HttpStatusCode.Forbidden);
    }

    private sealed class FallbackFixture(TestInfrastructure infrastructure) : LicensingFixture(infrastructure)
    {
        public ServiceHost<DisclosuresApi> DisclosuresHost { get; set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings(string name) => DisclosuresAsOwner.WithOwner(base.Settings(name));

        protected override WebApplicationFactory<LicensingApi> Customise(ServiceHost<LicensingApi> host) => host.AskingDisclosures(() => DisclosuresHost);
    }
}
