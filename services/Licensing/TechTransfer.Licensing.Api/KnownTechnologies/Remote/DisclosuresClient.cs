using Microsoft.Extensions.Http.Resilience;
using Polly;
using Refit;

namespace TechTransfer.Licensing.Api.KnownTechnologies.Remote;

/// <summary>
/// Registers <see cref="IDisclosuresTechnologies"/> at <c>Services:Disclosures</c> (the base address) behind the
/// standard resilience handler, with every strategy set explicitly: a 10 s total and 2 s per-attempt timeout,
/// 3 retries with exponential back-off and jitter (transient failures only), and a circuit breaker that opens for
/// 15 s when half the calls of the last 10 s (at least 5) failed. The caller's credentials are relayed.
/// </summary>
public static class DisclosuresClient
{
    public const string ConfigurationKey = "Services:Disclosures";
    public const string HttpClientName = "disclosures";

    public static IServiceCollection AddDisclosuresClient(this IServiceCollection services, IConfiguration configuration)
    {
        var address = configuration[ConfigurationKey];
        services.AddTransient<RelayCallerCredentials>();
        // A named HttpClient carries the pipeline; the Refit client (source-generated) is made on it per scope.
        var settings = new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(DisclosuresJson.Options) };
        services.AddScoped(sp => RestService.For<IDisclosuresTechnologies>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), settings));
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(http =>
            {
                // Unset: Refit still needs an absolute address; nothing listens there, so the lookup fails closed.
                http.BaseAddress = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : new Uri("http://disclosures.invalid");
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
        services.AddScoped<TechnologyLookup>();
        return services;
    }
}

/// <summary>Disclosures' JSON: camelCase, enums by name.</summary>
public static class DisclosuresJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

/// <summary>
/// Sends Disclosures the caller's own credentials (bearer token or API key): Disclosures decides what this caller
/// may read, exactly as if it had asked itself; Licensing holds no standing credential of its own.
/// </summary>
public sealed class RelayCallerCredentials(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = accessor.HttpContext?.Request.Headers;
        if (headers is not null)
        {
            if (headers.Authorization.ToString() is { Length: > 0 } authorization)
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            else if (headers["X-Api-Key"].ToString() is { Length: > 0 } key)
                request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
