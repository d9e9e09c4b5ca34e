using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Refit;
using TechTransfer.Client.Admin;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Financing;
using TechTransfer.Client.Incubation;
using TechTransfer.Client.Licensing;

namespace TechTransfer.Client;

public static class TechTransferClientRegistration
{
    /// <summary>
    /// Registers <see cref="IDisclosuresApi"/>, <see cref="ILicensingApi"/>, <see cref="IIncubationApi"/> and
    /// <see cref="IFinancingApi"/> (those whose address is set), and an <see cref="IAdminApi"/> per service keyed
    /// by its <see cref="TechTransferServices"/> name, each with authentication and the standard resilience
    /// handler: a total and a per-attempt timeout, a circuit breaker, and retries with exponential back-off and
    /// jitter for transient failures (408/429/5xx, connection errors) of <b>safe methods only</b>. POST, PUT,
    /// PATCH and DELETE are never retried: a write whose answer was lost may have been committed, and a retry
    /// would disclose, commit or record it twice. Retry such a write yourself after reading the current state
    /// (the If-Match version tells you whether it happened).
    /// </summary>
    public static IServiceCollection AddTechTransferClient(this IServiceCollection services, Action<TechTransferClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        var options = new TechTransferClientOptions();
        configure(options);
        Add<IDisclosuresApi>(services, options, TechTransferServices.Disclosures, options.Disclosures);
        Add<ILicensingApi>(services, options, TechTransferServices.Licensing, options.Licensing);
        Add<IIncubationApi>(services, options, TechTransferServices.Incubation, options.Incubation);
        Add<IFinancingApi>(services, options, TechTransferServices.Financing, options.Financing);
        return services;
    }

    /// <summary>The Refit settings of every client: the services' JSON (<see cref="ClientJson"/>).</summary>
    public static RefitSettings Settings { get; } = new() { ContentSerializer = new SystemTextJsonContentSerializer(ClientJson.Options) };

    static void Add<TApi>(IServiceCollection services, TechTransferClientOptions options, string service, Uri? address) where TApi : class
    {
        if (address is null) return;
        // Named clients of the HTTP client factory (pooled handlers, DNS refresh), with Refit's generated clients
        // on top: AddRefitClient would need Refit's reflection request builder, a separate package.
        var client = $"TechTransfer.{service}";
        Configure(services.AddHttpClient(client), options, address);
        services.AddTransient(provider => RestService.For<TApi>(provider.GetRequiredService<IHttpClientFactory>().CreateClient(client), Settings));
        services.AddKeyedTransient(service, (provider, _) =>
            RestService.For<IAdminApi>(provider.GetRequiredService<IHttpClientFactory>().CreateClient(client), Settings));
    }

    static void Configure(IHttpClientBuilder builder, TechTransferClientOptions options, Uri address)
    {
        builder.ConfigureHttpClient(http => http.BaseAddress = address);
        if (options.PrimaryHandler is { } primary) builder.ConfigurePrimaryHttpMessageHandler(primary);
        // Outermost: set once per call; the resilience handler below repeats the same request on a retry.
        builder.AddHttpMessageHandler(provider => new AuthenticationHandler(provider.GetRequiredService<IOptions<TechTransferClientOptions>>().Value));
        builder.AddStandardResilienceHandler(resilience =>
        {
            resilience.TotalRequestTimeout.Timeout = options.TotalRequestTimeout;
            resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
            resilience.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
            resilience.Retry.BackoffType = DelayBackoffType.Exponential;
            resilience.Retry.UseJitter = true;
            resilience.Retry.DisableForUnsafeHttpMethods();
            resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, 2 * options.AttemptTimeout.Ticks));
        });
    }

    sealed class AuthenticationHandler(TechTransferClientOptions options) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (options.BearerToken is { } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token(cancellationToken));
            else if (options.ApiKey is { } key)
            {
                request.Headers.Remove("X-Api-Key");
                request.Headers.TryAddWithoutValidation("X-Api-Key", key);
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
