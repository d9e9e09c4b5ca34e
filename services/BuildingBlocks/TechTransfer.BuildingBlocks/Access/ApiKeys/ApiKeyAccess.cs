using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.BuildingBlocks.Access.ApiKeys;

/// <summary>
/// Partner systems' API keys, for the services that take their calls. One service issues and revokes keys (the transfer
/// office's: Disclosures); every service that registers this learns them from its events and authenticates X-Api-Key.
/// </summary>
public static class ApiKeyAccess
{
    /// <summary>Before AddMessageBus: the keys arrive as messages. <paramref name="issuer"/>: this service issues them.</summary>
    public static WebApplicationBuilder AddApiKeys(this WebApplicationBuilder builder, bool issuer = false)
    {
        builder.Services.AddSingleton(new ApiKeyIssuer(issuer));
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.Configure<HeaderSchemes>(o => o.ByHeader[ApiKeyAuthenticationHandler.Header] = ApiKeyAuthenticationHandler.SchemeName);
        builder.Services.ConfigureMarten(opts => opts.Schema.For<ApiKeyRecord>().Index(k => k.OrganisationId));
        BusPart.Add(builder, bus =>
        {
            bus.AddConsumer<ApiKeyIssuedConsumer>();
            bus.AddConsumer<ApiKeyRevokedConsumer>();
        });
        if (issuer)
        {
            builder.Services.AddSingleton<IContractEventMap, ApiKeyContractEvents>();
            builder.Services.ConfigureMarten(opts => opts.Projections.Add<ApiKeyStreamProjection>(ProjectionLifecycle.Live));
        }
        return builder;
    }

    /// <summary>The issuer's endpoints (<c>/admin/api-keys</c>); nothing in the other services.</summary>
    public static WebApplication MapApiKeys(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ApiKeyIssuer>().Issues) app.MapApiKeyEndpoints();
        return app;
    }

    private sealed record ApiKeyIssuer(bool Issues);
}
