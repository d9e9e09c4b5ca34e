using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Testing.Hosts;

/// <summary>
/// One TechTransfer service running in a host of its own on the real test servers, with its own
/// database and queues. <typeparamref name="TEntryPoint"/> is the service's marker type (e.g. DisclosuresApi).
/// </summary>
public sealed class ServiceHost<TEntryPoint>(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    public ServiceHost(TestInfrastructure infrastructure, string name) : this(HostSettings.For(infrastructure, name)) { }

    public IReadOnlyDictionary<string, string?> Settings => settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    /// <summary>Waits for /health/ready: the database answers and the bus has bound its queues.</summary>
    public async Task StartReadyAsync()
    {
        using var client = CreateClient();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
            $"{typeof(TEntryPoint).Name} to be ready", TimeSpan.FromSeconds(60));
    }

    /// <summary>A client that calls as <paramref name="role"/> (bound to <paramref name="organisation"/> if given).</summary>
    public HttpClient ClientAs(string role, string name = "test-user", Guid? organisation = null) =>
        CreateClient().As(role, name, organisation);
}
