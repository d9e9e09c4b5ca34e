using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Financing.Api;
using TechTransfer.Incubation.Api;
using TechTransfer.Licensing.Api;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Security;

/// <summary>
/// Walks every endpoint of every service: each one is either explicitly anonymous (health, the API
/// description) or declares its roles; anonymous callers get 401, every other role 403, and an allowed
/// role gets past authorization. A new endpoint is covered the day it is mapped.
/// </summary>
public sealed partial class EndpointAccessTests(TestInfrastructure infrastructure)
{
    [Fact]
    public Task Disclosures() => CheckEveryEndpointAsync(new ServiceHost<DisclosuresApi>(infrastructure, "access"));

    [Fact]
    public Task Licensing() => CheckEveryEndpointAsync(new ServiceHost<LicensingApi>(infrastructure, "access"));

    [Fact]
    public Task Incubation() => CheckEveryEndpointAsync(new ServiceHost<IncubationApi>(infrastructure, "access"));

    [Fact]
    public Task Financing() => CheckEveryEndpointAsync(new ServiceHost<FinancingApi>(infrastructure, "access"));

    private static async Task CheckEveryEndpointAsync<T>(ServiceHost<T> host) where T : class
    {
        await using var _ = host;
        await host.StartReadyAsync();
        var ct = TestContext.Current.CancellationToken;
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.ShouldNotBeEmpty();

        foreach (var endpoint in endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var name = $"{string.Join('|', methods)} {endpoint.RoutePattern.RawText}";
            var allowed = endpoint.Metadata.GetOrderedMetadata<AllowedRoles>().LastOrDefault();
            allowed.ShouldNotBeNull($"{name} does not say who may call it");

            foreach (var method in methods)
            {
                var url = Url(endpoint.RoutePattern.RawText!);
                (await SendAsync(host.CreateClient(), method, url, ct)).ShouldBe(HttpStatusCode.Unauthorized, $"{name} anonymously");
                foreach (var role in Roles.All.Except(allowed.Roles))
                    (await SendAsync(host.ClientAs(role, organisation: Guid.NewGuid()), method, url, ct))
                        .ShouldBe(HttpStatusCode.Forbidden, $"{name} as {role}");
                (await SendAsync(host.ClientAs(allowed.Roles[0], organisation: Guid.NewGuid()), method, url, ct))
                    .ShouldNotBeOneOf([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden], $"{name} as {allowed.Roles[0]}");
            }
        }
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return (await client.SendAsync(request, ct)).StatusCode;
    }

    /// <summary>Fills route parameters with values that parse: a fresh id for ids, a number for numbers, a word for the rest.</summary>
    private static string Url(string pattern) =>
        RouteParameter().Replace(pattern, m =>
            m.Value.Contains(":guid") || m.Value.Contains("id", StringComparison.OrdinalIgnoreCase) ? Guid.NewGuid().ToString()
            : m.Value.Contains(":int") || m.Value.Contains(":long") ? "1"
            : "x");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
