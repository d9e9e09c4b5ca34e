using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using TechTransfer.Client.Admin;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Financing;
using TechTransfer.Client.Incubation;
using TechTransfer.Client.Licensing;
using TechTransfer.Disclosures.Api;
using TechTransfer.Financing.Api;
using TechTransfer.Incubation.Api;
using TechTransfer.Licensing.Api;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Sdk;

/// <summary>
/// Every endpoint a service maps has an SDK method, and every SDK method of the service's interface names a
/// mapped endpoint: an endpoint added without its SDK method fails here. One line per service.
/// </summary>
public sealed partial class SdkRouteCoverageTests(TestInfrastructure infrastructure)
{
    /// <summary>Interfaces every service answers to: dead letters everywhere, API keys where keys are issued.</summary>
    private static readonly Type[] Shared = [typeof(IAdminApi)];

    /// <summary>Not part of the SDK: health probes, the API description and its reference page.</summary>
    private static readonly string[] Excluded = ["/health/", "/openapi/", "/scalar"];

    [Fact]
    public Task Disclosures() => EveryEndpointHasAnSdkMethodAsync(new ServiceHost<DisclosuresApi>(infrastructure, "sdkroutes"), typeof(IDisclosuresApi));

    [Fact]
    public Task Licensing() => EveryEndpointHasAnSdkMethodAsync(new ServiceHost<LicensingApi>(infrastructure, "sdkroutes"), typeof(ILicensingApi));

    [Fact]
    public Task Incubation() => EveryEndpointHasAnSdkMethodAsync(new ServiceHost<IncubationApi>(infrastructure, "sdkroutes"), typeof(IIncubationApi));

    [Fact]
    public Task Financing() => EveryEndpointHasAnSdkMethodAsync(new ServiceHost<FinancingApi>(infrastructure, "sdkroutes"), typeof(IFinancingApi));

    private static async Task EveryEndpointHasAnSdkMethodAsync<T>(ServiceHost<T> host, Type serviceApi) where T : class
    {
        await using var _ = host;
        await host.StartReadyAsync();
        var mapped = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => Route(method, e.RoutePattern.RawText!)))
            .Where(r => !Excluded.Any(prefix => r.Path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToHashSet();
        mapped.ShouldNotBeEmpty();
        var own = Declared(serviceApi);
        var all = own.Concat(Shared.SelectMany(Declared)).ToHashSet();

        mapped.Except(all).ShouldBeEmpty($"endpoints of {typeof(T).Name} without an SDK method");
        own.Except(mapped).ShouldBeEmpty($"methods of {serviceApi.Name} naming no endpoint of {typeof(T).Name}");
    }

    private static HashSet<(string Method, string Path)> Declared(Type api) =>
    [
        .. api.GetMethods().Select(m => m.GetCustomAttribute<HttpMethodAttribute>()
            ?? throw new InvalidOperationException($"{api.Name}.{m.Name} has no Refit verb attribute"))
            .Select(a => Route(a.Method.Method, a.Path)),
    ];

    /// <summary>Method and path with parameter names and constraints blanked (<c>{id:guid}</c> and <c>{id}</c> are one route), no trailing slash.</summary>
    private static (string Method, string Path) Route(string method, string path)
    {
        var normalised = Parameter().Replace(path, "{}").TrimEnd('/').ToLowerInvariant();
        return (method.ToUpperInvariant(), normalised.Length == 0 ? "/" : normalised);
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
