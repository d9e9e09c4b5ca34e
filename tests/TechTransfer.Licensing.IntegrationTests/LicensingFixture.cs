using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Refit;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Licensing;
using TechTransfer.Contracts.Disclosures;
using TechTransfer.Contracts.Licensing;
using TechTransfer.Licensing.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>
/// One Licensing host per test class (its own database and queues), a bus that plays Disclosures on the real broker,
/// and a probe bound to Licensing's exchanges before the host starts. Disclosures' REST API is, by default, an
/// address where nothing listens: a technology Licensing never heard of cannot be confirmed (fail closed).
/// </summary>
public class LicensingFixture(TestInfrastructure infrastructure) : IAsyncLifetime
{
    public TestInfrastructure Infrastructure { get; } = infrastructure;
    public ServiceHost<LicensingApi> Host { get; private set; } = null!;
    public WebApplicationFactory<LicensingApi> Factory { get; private set; } = null!;
    public HttpClient Staff { get; private set; } = null!;

    /// <summary>The SDK as staff call it, over <see cref="Staff"/>.</summary>
    public ILicensingApi Api { get; private set; } = null!;
    public TestBus Disclosures { get; private set; } = null!;
    public BrokerProbe Probe { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?> Settings(string name) =>
        new Dictionary<string, string?>(HostSettings.For(Infrastructure, name))
        {
            ["Services:Disclosures"] = $"http://127.0.0.1:{FreePort.Next()}/",
        };

    protected virtual WebApplicationFactory<LicensingApi> Customise(ServiceHost<LicensingApi> host) => host;

    public async ValueTask InitializeAsync()
    {
        Probe = await BrokerProbe.ConnectAsync(Infrastructure.Servers.RabbitMq);
        foreach (var exchange in new[] { LicenceSigned.Exchange, LicenceTerminated.Exchange, RoyaltyPaid.Exchange, FirstCommercialSalesReported.Exchange })
            await Probe.WatchExchangeAsync(exchange);
        await BeforeStartAsync();
        Host = new ServiceHost<LicensingApi>(Settings("licensing"));
        Factory = Customise(Host);
        using (var probe = Factory.CreateClient())
            await Eventually.TrueAsync(async () => (await probe.GetAsync("/health/ready")).IsSuccessStatusCode, "Licensing to be ready", TimeSpan.FromSeconds(60));
        Staff = ClientAs(Roles.Staff, "olga.staff");
        Api = SdkCalls.For<ILicensingApi>(Staff);
        Disclosures = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
    }

    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    public HttpClient ClientAs(string role, string name, Guid? organisation = null) => Factory.CreateClient().As(role, name, organisation);

    public ILicensingApi ApiAs(string role, string name, Guid? organisation = null) => SdkCalls.For<ILicensingApi>(ClientAs(role, name, organisation));

    public HttpClient PartnerOf(Guid organisation) => ClientAs(Roles.Partner, "licensee-erp", organisation);

    /// <summary>The SDK as a licensee's own system calls it (<see cref="PartnerOf"/>).</summary>
    public ILicensingApi PartnerApi(Guid organisation) => SdkCalls.For<ILicensingApi>(PartnerOf(organisation));

    public virtual async ValueTask DisposeAsync()
    {
        await Disclosures.DisposeAsync();
        await Probe.DisposeAsync();
        Staff.Dispose();
        var dataSource = Host.Services.GetRequiredService<NpgsqlDataSource>();
        if (!ReferenceEquals(Factory, Host)) await Factory.DisposeAsync();
        await Host.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    /// <summary>Disclosures announces a technology, markets it, agrees its ownership (CERN 70 %, EPFL 30 %) and its inventors (60/40); returns once Licensing knows all of it.</summary>
    public async Task<(Guid Id, Guid InventorA, Guid InventorB)> TechnologyReadyAsync(string facility = "CERN", bool marketed = true)
    {
        var id = Guid.NewGuid();
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await Disclosures.PublishAsync(new TechnologyDisclosed(id, "Quench detector", facility, now.AddYears(-1), "Superconducting magnets"));
        await Disclosures.PublishAsync(new IpOwnershipAgreed(id, [new OwnerShare(facility, "facility", 70m), new OwnerShare("EPFL", "university", 30m)], "KT-AGR-1", now));
        await Disclosures.PublishAsync(new InventorSharesSet(id, [new InventorShare(a, 60m), new InventorShare(b, 40m)], now));
        if (marketed)
            await Disclosures.PublishAsync(new TechnologyPublishedForMarketing(id, "Fast quench protection", "Protects magnets.", ["MRI"], ["cryogenics"], facility,
                "Superconducting magnets", 2, now));
        await Eventually.TrueAsync(async () => await KnownAsync(id) is { OwnershipAgreed: true, Inventors.Count: 2 } known
            && known.Marketed == marketed && known.Facility == facility, "Licensing to learn the technology from Disclosures' events");
        return (id, a, b);
    }

    /// <summary>What Licensing knows of a technology, or null while it has not heard of it (404).</summary>
    public async Task<KnownTechnologyDto?> KnownAsync(Guid technology)
    {
        try
        {
            return await Api.GetKnownTechnologyAsync(technology, TestContext.Current.CancellationToken);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<Guid> LicenseeAsync(Guid? organisation = null, string name = "Acme Sensors SARL", string sizeClass = "Small") =>
        (await Api.RegisterLicenseeAsync(new RegisterLicenseeRequest(name, "FR", sizeClass, [new ContactDto("Ada Buyer", "ada@acme.example", "licensing manager")],
            organisation), TestContext.Current.CancellationToken)).Id;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Terms as staff send them: by default exclusive, medical imaging in FR and DE, 5 % flat, started 6 months ago for 5 years.</summary>
    public static LicenceTermsRequest Terms(Guid technologyId, Guid licenseeId, string kind = "Exclusive", string[]? countries = null, string[]? fields = null) =>
        new(technologyId, licenseeId, kind, Today.AddMonths(-6), Today.AddYears(5), fields ?? ["medical imaging"], Countries: countries ?? ["FR", "DE"],
            Currency: "EUR", UpfrontFee: 10_000m, RoyaltyRate: 5m, ReportingFrequency: "Quarterly");

    public async Task<Guid> DraftAsync(LicenceTermsRequest terms) => (await Api.DraftLicenceAsync(terms, TestContext.Current.CancellationToken)).Id;

    /// <summary>Signs a draft (whatever its version); returns the new version.</summary>
    public async Task<long> SignAsync(Guid licence) =>
        (await Api.SignLicenceAsync(licence, new SignLicenceRequest(), ct: TestContext.Current.CancellationToken)).Version;
}
