using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Financing;
using TechTransfer.Client.Incubation;
using TechTransfer.Client.Licensing;

namespace TechTransfer.Client;

public static class TechTransferClientRegistration
{
    /// <summary>
    /// Registers <see cref="IDisclosuresApi"/>, <see cref="ILicensingApi"/>, <see cref="IIncubationApi"/> and
    /// <see cref="IFinancingApi"/> (those whose address is set) with authentication and the standard resilience
    /// handler: a total and a per-attempt timeout, retries with exponential back-off and jitter (only for
    /// transient failures and idempotent-safe answers such as 408/429/5xx), and a circuit breaker.
    /// </summary>
    public static IServiceCollection AddTechTransferClient(this IServiceCollection services, Action<TechTransferClientOptions> configure)
    {
        services.Configure(configure);
        var options = new TechTransferClientOptions();
        configure(options);
        Add<IDisclosuresApi>(services, options.Disclosures);
        Add<ILicensingApi>(services, options.Licensing);
        Add<IIncubationApi>(services, options.Incubation);
        Add<IFinancingApi>(services, options.Financing);
        return services;
    }

    static void Add<TApi>(IServiceCollection services, Uri? address) where TApi : class
    {
        if (address is null) return;
        services.AddRefitClient<TApi>(new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(ClientJson.Options) })
            .ConfigureHttpClient(http => http.BaseAddress = address)
            .AddHttpMessageHandler(provider => new AuthenticationHandler(provider.GetRequiredService<IOptions<TechTransferClientOptions>>().Value))
            .AddStandardResilienceHandler();
    }

    sealed class AuthenticationHandler(TechTransferClientOptions options) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (options.BearerToken is { } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token(cancellationToken));
            else if (options.ApiKey is { } key)
                request.Headers.TryAddWithoutValidation("X-Api-Key", key);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
