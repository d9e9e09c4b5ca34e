using TechTransfer.BuildingBlocks.Http.Owners;

namespace TechTransfer.Licensing.Api.KnownTechnologies.Remote;

/// <summary>
/// Registers <see cref="IDisclosuresTechnologies"/> at <c>Services:Disclosures</c> (the base address), with the
/// resilience and credential relay every owner client has (<see cref="OwnerClients"/>).
/// </summary>
public static class DisclosuresClient
{
    public const string ConfigurationKey = "Services:Disclosures";
    public const string HttpClientName = "disclosures";

    public static IServiceCollection AddDisclosuresClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOwnerClient<IDisclosuresTechnologies>(configuration, ConfigurationKey, HttpClientName);
        services.AddScoped<TechnologyLookup>();
        return services;
    }
}
