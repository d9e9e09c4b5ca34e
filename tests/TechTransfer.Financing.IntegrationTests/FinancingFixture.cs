using Microsoft.AspNetCore.Mvc.Testing;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Financing;
using TechTransfer.Contracts.Financing;
using TechTransfer.Contracts.Incubation;
using TechTransfer.Financing.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.Financing.IntegrationTests;

/// <summary>
/// One Financing host per test class (its own database and queues), a bus that plays Incubation on the real
/// broker, and a probe bound to Financing's exchanges before the host starts, so nothing published is missed.
/// Tests share the host: each works on start-ups, investors and rounds of its own.
/// </summary>
public class FinancingFixture(TestInfrastructure infrastructure) : IAsyncLifetime
{
    public TestInfrastructure Infrastructure { get; } = infrastructure;
    public ServiceHost<FinancingApi> Host { get; private set; } = null!;

    /// <summary>What clients call: the host itself, or a copy with test services (a clock) swapped in.</summary>
    public WebApplicationFactory<FinancingApi> Factory { get; private set; } = null!;
    public HttpClient Staff { get; private set; } = null!;
    public HttpClient Financier { get; private set; } = null!;

    /// <summary>The SDK as staff call it, over <see cref="Staff"/>.</summary>
    public IFinancingApi Api { get; private set; } = null!;

    /// <summary>The SDK as a financier calls it, over <see cref="Financier"/>: most tests' caller.</summary>
    public IFinancingApi FinancierApi { get; private set; } = null!;
    public TestBus Incubation { get; private set; } = null!;
    public BrokerProbe Probe { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?> Settings(string name) => HostSettings.For(Infrastructure, name);

    public async ValueTask InitializeAsync()
    {
        Probe = await BrokerProbe.ConnectAsync(Infrastructure.Servers.RabbitMq);
        foreach (var exchange in new[] { RoundOpened.Exchange, RoundClosed.Exchange, RoundFailed.Exchange })
            await Probe.WatchExchangeAsync(exchange);
        Host = new ServiceHost<FinancingApi>(Settings("financing"));
        Factory = Customise(Host);
        using (var probe = Factory.CreateClient())
            await Eventually.TrueAsync(async () => (await probe.GetAsync("/health/ready")).IsSuccessStatusCode, "Financing to be ready", TimeSpan.FromSeconds(60));
        Staff = ClientAs(Roles.Staff, "olga.staff");
        Financier = ClientAs(Roles.Financier, "fred.financier");
        Api = SdkCalls.For<IFinancingApi>(Staff);
        FinancierApi = SdkCalls.For<IFinancingApi>(Financier);
        Incubation = await TestBus.StartAsync(Infrastructure.Servers.RabbitMq);
    }

    protected virtual WebApplicationFactory<FinancingApi> Customise(ServiceHost<FinancingApi> host) => host;

    public HttpClient ClientAs(string role, string name, Guid? organisation = null) => Factory.CreateClient().As(role, name, organisation);

    public IFinancingApi ApiAs(string role, string name, Guid? organisation = null) => SdkCalls.For<IFinancingApi>(ClientAs(role, name, organisation));

    public async ValueTask DisposeAsync()
    {
        await Incubation.DisposeAsync();
        await Probe.DisposeAsync();
        Staff.Dispose();
        Financier.Dispose();
        if (!ReferenceEquals(Factory, Host)) await Factory.DisposeAsync();
        await Host.DisposeAsync();
    }

    public HttpClient PartnerOf(Guid investorId) => ClientAs(Roles.Partner, "investor-system", investorId);

    /// <summary>The SDK as an investor's own system calls it (<see cref="PartnerOf"/>).</summary>
    public IFinancingApi PartnerApi(Guid investorId) => SdkCalls.For<IFinancingApi>(PartnerOf(investorId));

    /// <summary>Incubation founds a start-up on the real broker; returns once Financing knows it.</summary>
    public async Task<Guid> StartUpFoundedAsync(string name = "Quenchless SAS")
    {
        var id = Guid.NewGuid();
        await Incubation.PublishAsync(new StartUpFounded(id, name, [Guid.NewGuid()], DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-6), DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await Attempt.Of(() => Api.GetStartUpAsync(id, TestContext.Current.CancellationToken))).Succeeded,
            $"start-up {name} known to Financing");
        return id;
    }

    public async Task<Guid> InvestorAsync(string name, string kind = InvestorKinds.BusinessAngel, string source = MoneySources.Private) =>
        (await FinancierApi.RegisterInvestorAsync(new RegisterInvestor(name, kind, source), TestContext.Current.CancellationToken)).Id;

    public async Task<Guid> OpenRoundAsync(Guid startUpId, string instrument = Instruments.Equity, decimal target = 300_000m, decimal minimum = 130_000m,
        decimal? cap = 400_000m, decimal? preMoneyValuation = 1_200_000m, int deadlineInDays = 90) =>
        (await FinancierApi.OpenRoundAsync(new OpenRound(startUpId, instrument, target, minimum, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(deadlineInDays), cap, "EUR",
            preMoneyValuation), TestContext.Current.CancellationToken)).Id;
}
