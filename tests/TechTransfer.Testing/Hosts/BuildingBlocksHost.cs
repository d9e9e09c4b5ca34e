using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using TechTransfer.BuildingBlocks.Hosting;

namespace TechTransfer.Testing.Hosts;

/// <summary>
/// A host made of the building blocks alone, with whatever consumers or endpoints a test adds:
/// tests the plumbing without any service's domain.
/// </summary>
public static class BuildingBlocksHost
{
    public static async Task<WebApplication> StartAsync(
        IReadOnlyDictionary<string, string?> settings, string name, Action<WebApplicationBuilder> configure, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ApplicationName = typeof(BuildingBlocksHost).Assembly.GetName().Name });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults(name);
        configure(builder);

        var app = builder.Build();
        app.UseServiceDefaults();
        map?.Invoke(app);
        await app.StartAsync();
        return app;
    }
}
