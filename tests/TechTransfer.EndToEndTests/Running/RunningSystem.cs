using Microsoft.Extensions.DependencyInjection;
using TechTransfer.Client;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.EndToEndTests.Running;

/// <summary>
/// The four services as separate processes on the test servers, each with its own database and queues, and
/// partner-SDK clients to call them as any role. Licensing finds Disclosures at its real address.
/// </summary>
public sealed class RunningSystem : IAsyncLifetime
{
    // Its own servers (assembly fixtures cannot depend on one another).
    private readonly TestInfrastructure _infrastructure = new();
    public const string Disclosures = "Disclosures", Licensing = "Licensing", Incubation = "Incubation", Financing = "Financing";
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private readonly Dictionary<string, ServiceProcess> _services = [];
    private readonly List<ServiceProvider> _clients = [];
    private readonly DateOnly? _today;

    public RunningSystem() { }

    private RunningSystem(DateOnly today) => _today = today;

    /// <summary>A system of its own whose services' clock starts on <paramref name="today"/> (Clock:Today), on servers of its own.</summary>
    public static RunningSystem OnDay(DateOnly today) => new(today);

    public ServiceProcess this[string context] => _services[context];

    public async ValueTask InitializeAsync()
    {
        await _infrastructure.InitializeAsync();
        var disclosures = Process(Disclosures);
        await disclosures.StartAsync(TestContext.Current.CancellationToken);
        // Licensing and Incubation ask Disclosures about technologies they have not heard of: they need the address first.
        await Task.WhenAll(
            Process(Licensing, ("Services:Disclosures", disclosures.Address.ToString())).StartAsync(TestContext.Current.CancellationToken),
            Process(Incubation, ("Services:Disclosures", disclosures.Address.ToString())).StartAsync(TestContext.Current.CancellationToken),
            Process(Financing).StartAsync(TestContext.Current.CancellationToken));
    }

    private ServiceProcess Process(string context, params (string Key, string Value)[] extra)
    {
        var settings = ProcessSettings.For(_infrastructure.PostgresFor($"e2e_{context.ToLowerInvariant()}"), _infrastructure.Servers.RabbitMq,
            $"e2e-{_run}-{context.ToLowerInvariant()}", _today);
        foreach (var (key, value) in extra) settings[key] = value;
        return _services[context] = new ServiceProcess(context, settings, $"{_run}-{context.ToLowerInvariant()}");
    }

    /// <summary>The SDK as a caller with this role sees it: the four APIs, signed-in by a bearer token.</summary>
    public Sdk As(string role, string name, Guid? organisation = null) => Sdk(options =>
        options.BearerToken = _ => ValueTask.FromResult(TestIdentity.TokenFor(role, name, organisation)));

    /// <summary>The SDK as a partner system with an API key sees it.</summary>
    public Sdk WithApiKey(string apiKey) => Sdk(options => options.ApiKey = apiKey);

    private Sdk Sdk(Action<TechTransferClientOptions> authenticate)
    {
        var provider = new ServiceCollection()
            .AddTechTransferClient(options =>
            {
                options.Disclosures = _services[Disclosures].Address;
                options.Licensing = _services[Licensing].Address;
                options.Incubation = _services[Incubation].Address;
                options.Financing = _services[Financing].Address;
                authenticate(options);
            })
            .BuildServiceProvider();
        lock (_clients) _clients.Add(provider);
        return new Sdk(provider);
    }

    /// <summary>Kills one service outright and starts it again on the same address, database and queues.</summary>
    public async Task RestartAsync(string context, Func<Task>? whileDown = null)
    {
        await _services[context].KillAsync();
        if (whileDown is not null) await whileDown();
        await _services[context].StartAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _clients) await provider.DisposeAsync();
        await Task.WhenAll(_services.Values.Select(s => s.DisposeAsync().AsTask()));
        await _infrastructure.DisposeAsync();
    }
}
