using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.FaultSuite;

/// <summary>
/// The four services as processes on the suite's own servers, everything the suite may crash or freeze (<see cref="Targets"/>),
/// and the SDK as staff sees it. Logs go to the run's folder.
/// </summary>
public sealed class FaultSystem : IAsyncDisposable
{
    public static readonly string[] Contexts = ["Disclosures", "Licensing", "Incubation", "Financing"];
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly Servers _servers;
    private readonly Dictionary<string, ServiceProcess> _services = [];
    private readonly ServiceProvider _clients;
    private readonly List<ServiceProvider> _others = [];

    public FaultSystem(string servers, string logs)
    {
        _servers = new Servers(servers);
        var run = Guid.NewGuid().ToString("N")[..6];
        foreach (var context in Contexts)
        {
            var settings = ProcessSettings.For(
                new NpgsqlConnectionStringBuilder(_servers.Postgres) { Database = $"faults_{context.ToLowerInvariant()}" }.ConnectionString,
                _servers.RabbitMq, $"faults-{run}-{context.ToLowerInvariant()}");
            // Licensing and Incubation ask Disclosures (made first) about technologies they have not heard of yet.
            if (context is "Licensing" or "Incubation") settings["Services:Disclosures"] = _services["Disclosures"].Address.ToString();
            _services[context] = new ServiceProcess(context, settings, context.ToLowerInvariant(), logs);
        }
        Targets = [_servers.Broker, _servers.Database, .. Contexts.Select(context => (ITarget)new ServiceTarget(_services[context]))];
        _clients = Clients();
        Staff = new Sdk(_clients);
    }

    /// <summary>The SDK for the office's staff (an admin: it also reads the dead letters).</summary>
    public Sdk Staff { get; }

    /// <summary>The SDK as another program of the office's would have it: its own connections and circuit breakers.</summary>
    public Sdk NewStaff()
    {
        var provider = Clients();
        lock (_others) _others.Add(provider);
        return new Sdk(provider);
    }

    private ServiceProvider Clients() => new ServiceCollection().AddTechTransferClient(options =>
    {
        options.Disclosures = _services["Disclosures"].Address;
        options.Licensing = _services["Licensing"].Address;
        options.Incubation = _services["Incubation"].Address;
        options.Financing = _services["Financing"].Address;
        options.BearerToken = _ => ValueTask.FromResult(TestIdentity.TokenFor(Roles.Admin, "faults.staff", lifetime: TimeSpan.FromDays(1)));
        // A frozen service must not hold a worker for long: an unanswered write is an unknown outcome after this.
        options.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.TotalRequestTimeout = TimeSpan.FromSeconds(20);
    }).BuildServiceProvider();

    public IReadOnlyList<ITarget> Targets { get; }

    public IEnumerable<ServiceProcess> Services => _services.Values;

    public async Task StartAsync(CancellationToken ct)
    {
        await _servers.StartAsync();
        await _services["Disclosures"].StartAsync(ct);
        await Task.WhenAll(_services.Values.Where(s => s.Context != "Disclosures").Select(s => s.StartAsync(ct)));
    }

    /// <summary>
    /// Whether it is ready and every check healthy: the bus connected and the outbox not waiting (ready alone stays 200
    /// through a broker outage, Degraded).
    /// </summary>
    public static async Task<bool> IsHealthyAsync(ServiceProcess service, CancellationToken ct) => await ReadinessAsync(service, ct) == "Healthy";

    private static async Task<string?> ReadinessAsync(ServiceProcess service, CancellationToken ct)
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri(service.Address, "/health/ready"), ct);
            if (!response.IsSuccessStatusCode) return null;
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            return body.RootElement.GetProperty("status").GetString();
        }
        catch (HttpRequestException) { return null; }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested) { return null; }
    }

    public async ValueTask DisposeAsync()
    {
        await _clients.DisposeAsync();
        foreach (var provider in _others) await provider.DisposeAsync();
        await Task.WhenAll(_services.Values.Select(s => s.DisposeAsync().AsTask()));
        await _servers.DisposeAsync();
    }

    private sealed class ServiceTarget(ServiceProcess service) : ITarget
    {
        public string Name => service.Context.ToLowerInvariant();
        public bool IsServer => false;
        public Task KillAsync() => service.KillAsync();
        public Task StartAsync() { service.Launch(); return Task.CompletedTask; }
        public Task PauseAsync() => service.SignalAsync("STOP");
        public Task ResumeAsync() => service.SignalAsync("CONT");
    }
}
