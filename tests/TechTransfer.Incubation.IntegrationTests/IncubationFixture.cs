using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Refit;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Incubation;
using TechTransfer.Contracts.Disclosures;
using TechTransfer.Contracts.Incubation;
using TechTransfer.Incubation.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.Incubation.IntegrationTests;

/// <summary>
/// One Incubation host per test class (its own database and queues), a bus that plays Disclosures and Financing on
/// the real broker, and a probe bound to Incubation's exchanges before the host starts, so nothing published is
/// missed. Tests share the host: each works on technologies (with facilities of its own), incubators and start-ups of its own.
/// </summary>
public class IncubationFixture(TestInfrastructure infrastructure) : IAsyncLifetime
{
    public static readonly string[] Exchanges =
    [
        StartUpFounded.Exchange, StartUpAdmitted.Exchange, MilestoneAchieved.Exchange, StartUpProductLaunched.Exchange, StartUpJobsReported.Exchange,
        StartUpGraduated.Exchange, StartUpFailed.Exchange, StartUpAcquired.Exchange,
    ];

    public TestInfrastructure Infrastructure { get; } = infrastructure;
    public ServiceHost<IncubationApi> Host { get; private set; } = null!;
    public WebApplicationFactory<IncubationApi> Factory { get; private set; } = null!;
    public HttpClient Staff { get; private set; } = null!;

    /// <summary>The SDK as staff call it, over <see cref="Staff"/>.</summary>
    public IIncubationApi Api { get; private set; } = null!;
    public TestBus OtherServices { get; private set; } = null!;
    public BrokerProbe Probe { get; private set; } = null!;

    /// <summary>Disclosures, asked about technologies not heard of yet, answers nowhere: those tests fail closed (503).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings(string name) =>
        new Dictionary<string, string?>(HostSettings.For(Infrastructure, name)) { ["Services:Disclosures"] = $"http://127.0.0.1:{FreePort.Next()}/" };

    public async ValueTask InitializeAsync()
    {
        Probe = await BrokerProbe.ConnectAsync(Infrastructure.Servers.RabbitMq);
        foreach (var exchange in Exchanges) await Probe.WatchExchangeAsync(exchange);
        Host = new ServiceHost<IncubationApi>(Settings("incubation"));
        Factory = Customise(Host);
        using (var probe = Factory.CreateClient())
            await Eventually.TrueAsync(async () => (await probe.GetAsync("/health/ready")).IsSuccessStatusCode, "Incubation to be ready", TimeSpan.FromSeconds(60));
        Staff = ClientAs(Roles.Staff, "olga.staff");
        Api = SdkCalls.For<IIncubationApi>(Staff);
        OtherServices = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
    }

    protected virtual WebApplicationFactory<IncubationApi> Customise(ServiceHost<IncubationApi> host) => host;

    public HttpClient ClientAs(string role, string name, Guid? organisation = null) => Factory.CreateClient().As(role, name, organisation);

    public IIncubationApi ApiAs(string role, string name, Guid? organisation = null) => SdkCalls.For<IIncubationApi>(ClientAs(role, name, organisation));

    public HttpClient ManagerOf(Guid organisation, string name = "mia.manager") => ClientAs(Roles.IncubatorManager, name, organisation);

    /// <summary>The SDK as Incubation's partner, the manager of <paramref name="organisation"/>'s incubator, calls it (<see cref="ManagerOf"/>).</summary>
    public IIncubationApi PartnerApi(Guid organisation, string name = "mia.manager") => SdkCalls.For<IIncubationApi>(ManagerOf(organisation, name));

    public async ValueTask DisposeAsync()
    {
        await OtherServices.DisposeAsync();
        await Probe.DisposeAsync();
        Staff.Dispose();
        if (!ReferenceEquals(Factory, Host)) await Factory.DisposeAsync();
        await Host.DisposeAsync();
    }

    /// <summary>Disclosures discloses a technology (and agrees its IP ownership) on the real broker; returns once Incubation knows it.</summary>
    public async Task<Guid> TechnologyAsync(string facility, bool ipAgreed = true, string title = "Superconducting quench detector")
    {
        var id = Guid.NewGuid();
        await OtherServices.PublishAsync(new TechnologyDisclosed(id, title, facility, DateTimeOffset.UtcNow.AddYears(-2)));
        if (ipAgreed)
            await OtherServices.PublishAsync(new IpOwnershipAgreed(id, [new OwnerShare(facility, "facility", 100m)], $"IPA-{id:N}"[..12], DateTimeOffset.UtcNow.AddYears(-1)));
        await Eventually.TrueAsync(async () => await KnownAsync(id) is { } known && known.Facility == facility && known.IpOwnershipAgreed == ipAgreed,
            $"technology of {facility} known to Incubation");
        return id;
    }

    /// <summary>What Incubation knows of a technology, or null while it has not heard of it (404).</summary>
    public async Task<KnownTechnology?> KnownAsync(Guid technology)
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

    public async Task<Guid> IncubatorAsync(Guid organisation, string name = "St. Genis Technoparc", IncubatorKind kind = IncubatorKind.Technopark) =>
        (await Api.RegisterIncubatorAsync(new RegisterIncubator(name, "Auvergne-Rhône-Alpes", kind, organisation), TestContext.Current.CancellationToken)).Id;

    public static async Task<Guid> CohortAsync(IIncubationApi api, Guid incubatorId, string name, DateOnly startsOn, DateOnly endsOn) =>
        (await api.OpenCohortAsync(incubatorId, new OpenCohort(name, startsOn, endsOn), ct: TestContext.Current.CancellationToken)).PartId;

    /// <summary>A proposal as the tests send it: two founders, 12.5 % facility equity.</summary>
    public static ProposeStartUp Proposal(string name, params Guid[] technologies) => new(name, ["Ada Founder", "Ben Founder"], technologies, 12.5m);

    public static async Task<Guid> ProposeAsync(IIncubationApi api, string name, params Guid[] technologies) =>
        (await api.ProposeStartUpAsync(Proposal(name, technologies), TestContext.Current.CancellationToken)).Id;

    /// <summary>A start-up founded on a fresh technology of <paramref name="facility"/> (founding date <paramref name="foundedOn"/>, today by default).</summary>
    public async Task<Guid> FoundedStartUpAsync(IIncubationApi api, string name, string facility, DateOnly? foundedOn = null)
    {
        var technology = await TechnologyAsync(facility);
        var id = await ProposeAsync(api, name, technology);
        await api.FoundStartUpAsync(id, new FoundStartUp($"RCS {name}", foundedOn), ct: TestContext.Current.CancellationToken);
        return id;
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
