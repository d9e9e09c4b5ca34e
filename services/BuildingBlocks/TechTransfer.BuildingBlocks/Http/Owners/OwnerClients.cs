using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Refit;

namespace TechTransfer.BuildingBlocks.Http.Owners;

/// <summary>
/// A Refit client of the service that owns some facts (Disclosures owns technologies), for the moments a service must
/// decide on a fact it has not heard of yet. On a named HttpClient at the base address in configuration, relaying the
/// caller's credentials, behind the standard resilience handler with every strategy set explicitly: a 10 s total and
/// 2 s per-attempt timeout, 3 retries with exponential back-off and jitter (transient failures only), and a circuit
/// breaker that opens for 15 s when half the calls of the last 10 s (at least 5) failed.
/// </summary>
public static class OwnerClients
{
    /// <summary>The owners' JSON: camelCase, enums by name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IServiceCollection AddOwnerClient<TApi>(this IServiceCollection services, IConfiguration configuration, string configurationKey,
        string httpClientName) where TApi : class
    {
        var address = configuration[configurationKey];
        services.AddTransient<RelayCallerCredentials>();
        // A named HttpClient carries the pipeline; the Refit client is made on it per scope.
        var settings = new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(Json) };
        services.AddScoped(sp => RestService.For<TApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), settings));
        services.AddHttpClient(httpClientName)
            .ConfigureHttpClient(http =>
            {
                // Unset: Refit still needs an absolute address; nothing listens there, so the call fails closed.
                http.BaseAddress = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : new Uri($"http://{httpClientName}.invalid");
            })
            .AddHttpMessageHandler<RelayCallerCredentials>()
            .AddStandardResilienceHandler(o =>
            {
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(10);
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
                o.Retry.MaxRetryAttempts = 3;
                o.Retry.BackoffType = DelayBackoffType.Exponential;
                o.Retry.UseJitter = true;
                o.Retry.Delay = TimeSpan.FromMilliseconds(100);
                o.CircuitBreaker.FailureRatio = 0.5;
                o.CircuitBreaker.MinimumThroughput = 5;
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
                o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(15);
            });
        return services;
    }
}
