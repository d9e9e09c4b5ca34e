using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Http.Owners;
using TechTransfer.Licensing.Api;
using TechTransfer.Licensing.Api.KnownTechnologies.Remote;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>
/// A Licensing host whose Disclosures REST API is a script the test writes: what Disclosures answers, and what
/// happens (a consumer writing its fact) while Licensing waits for the answer. It makes races that are otherwise a
/// matter of luck happen every time, at the exact point they matter.
/// </summary>
public sealed class ScriptedDisclosuresFixture(TestInfrastructure infrastructure) : LicensingFixture(infrastructure)
{
    /// <summary>The script: null means Disclosures answers 404.</summary>
    public Func<HttpRequestMessage, Task<object?>> Answer { get; set; } = _ => Task.FromResult<object?>(null);

    /// <summary>Every request Licensing sent, with the credential it relayed.</summary>
    public List<(string Path, string? Authorization, string? ApiKey)> Requests { get; } = [];

    protected override IReadOnlyDictionary<string, string?> Settings(string name) =>
        new Dictionary<string, string?>(base.Settings(name)) { ["Services:Disclosures"] = "http://disclosures.test/" };

    protected override WebApplicationFactory<LicensingApi> Customise(ServiceHost<LicensingApi> host) =>
        host.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddHttpClient(DisclosuresOwner.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new Script(this))));

    private sealed class Script(ScriptedDisclosuresFixture fixture) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (fixture.Requests)
                fixture.Requests.Add((request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString(),
                    request.Headers.TryGetValues("X-Api-Key", out var keys) ? keys.Single() : null));
            return await fixture.Answer(request) is { } body
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(body, options: OwnerClients.Json), RequestMessage = request }
                // As Disclosures answers a miss: ProblemDetails (Refit reads the request and the body to build its exception).
                : new HttpResponseMessage(HttpStatusCode.NotFound)
                {
                    RequestMessage = request,
                    Content = new StringContent("{\"title\":\"Not found\",\"status\":404}", System.Text.Encoding.UTF8, "application/problem+json"),
                };
        }
    }

    /// <summary>Disclosures' <c>GET /technologies/{id}</c> answer (the fields Licensing reads).</summary>
    public static RemoteTechnology Technology(Guid id, bool marketed, bool owned, string facility = "CERN") => new(
        id, "Quench detector", facility, "Superconducting magnets", DateTimeOffset.UtcNow.AddYears(-1), [new RemoteInventor(Guid.NewGuid(), 100m)],
        owned ? new RemoteOwnership([new RemoteOwner(facility, "Facility", 100m)], "KT-AGR-9", DateTimeOffset.UtcNow.AddDays(-2)) : null,
        marketed ? new RemoteMarketing("Fast quench protection", DateTimeOffset.UtcNow.AddDays(-1)) : null, null);
}
