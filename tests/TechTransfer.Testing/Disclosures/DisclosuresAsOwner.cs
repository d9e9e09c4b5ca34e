using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TechTransfer.BuildingBlocks.Http.Owners;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Testing.Disclosures;

/// <summary>A real Disclosures host as the owner that another service's test host asks over REST, in memory.</summary>
public static class DisclosuresAsOwner
{
    /// <summary>The settings with an owner address (any absolute one: the client's handler goes to the host).</summary>
    public static IReadOnlyDictionary<string, string?> WithOwner(IReadOnlyDictionary<string, string?> settings) =>
        new Dictionary<string, string?>(settings) { [DisclosuresOwner.ConfigurationKey] = "http://disclosures.test/" };

    /// <summary>The host, its owner client routed to the Disclosures host <paramref name="owner"/> gives once it is started.</summary>
    public static WebApplicationFactory<T> AskingDisclosures<T>(this ServiceHost<T> host, Func<ServiceHost<DisclosuresApi>> owner) where T : class =>
        host.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddHttpClient(DisclosuresOwner.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => owner().Server.CreateHandler())));

    /// <summary>Stops the host and closes its pooled connections (the container leaves the data source to its owner).</summary>
    public static async ValueTask DisposeWithConnectionsAsync(this ServiceHost<DisclosuresApi> host)
    {
        var dataSource = host.Services.GetRequiredService<NpgsqlDataSource>();
        await host.DisposeAsync();
        await dataSource.DisposeAsync();
    }
}
