using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using TechTransfer.BuildingBlocks.Security;
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
        OtherServices = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
    }

    protected virtual WebApplicationFactory<IncubationApi> Customise(ServiceHost<IncubationApi> host) => host;

    public HttpClient ClientAs(string role, string name, Guid? organisation = null) => Factory.CreateClient().As(role, name, organisation);

    public HttpClient ManagerOf(Guid organisation, string name = "mia.manager") => ClientAs(Roles.IncubatorManager, name, organisation);

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
        await Eventually.TrueAsync(async () =>
        {
            var response = await Staff.GetAsync($"/technologies/{id}");
            if (!response.IsSuccessStatusCode) return false;
            var technology = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return technology.GetProperty("facility").GetString() == facility && technology.GetProperty("ipOwnershipAgreed").GetBoolean() == ipAgreed;
        }, $"technology of {facility} known to Incubation");
        return id;
    }

    public async Task<Guid> IncubatorAsync(Guid organisation, string name = "St. Genis Technoparc", string kind = "Technopark") =>
        (await Staff.PostOkAsync("/incubators", new { name, region = "Auvergne-Rhône-Alpes", kind, organisationId = organisation })).GetProperty("id").GetGuid();

    public async Task<Guid> CohortAsync(HttpClient client, Guid incubatorId, string name, DateOnly startsOn, DateOnly endsOn) =>
        (await client.PostOkAsync($"/incubators/{incubatorId}/cohorts", new { name, startsOn, endsOn })).GetProperty("partId").GetGuid();

    public static async Task<Guid> ProposeAsync(HttpClient client, string name, params Guid[] technologies) =>
        (await client.PostOkAsync("/start-ups", new { name, founders = new[] { "Ada Founder", "Ben Founder" }, technologyIds = technologies, facilityEquityShare = 12.5m }))
        .GetProperty("id").GetGuid();

    /// <summary>A start-up founded on a fresh technology of <paramref name="facility"/> (founding date <paramref name="foundedOn"/>, today by default).</summary>
    public async Task<Guid> FoundedStartUpAsync(HttpClient client, string name, string facility, DateOnly? foundedOn = null)
    {
        var technology = await TechnologyAsync(facility);
        var id = await ProposeAsync(client, name, technology);
        await client.PostOkAsync($"/start-ups/{id}/founding", new { registrationNumber = $"RCS {name}", foundedOn });
        return id;
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
