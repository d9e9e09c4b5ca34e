using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TechTransfer.BuildingBlocks.Http.Owners;

/// <summary>Disclosures, the owner of technologies, as the services that must decide on one ask it.</summary>
public static class DisclosuresOwner
{
    /// <summary>Its base address (env <c>Services__Disclosures</c>).</summary>
    public const string ConfigurationKey = "Services:Disclosures";
    public const string HttpClientName = "disclosures";
    public const string Unreachable = "disclosures-is-reachable";

    /// <summary>Registers <typeparamref name="TApi"/> at <see cref="ConfigurationKey"/>, as every owner client (<see cref="OwnerClients"/>).</summary>
    public static IServiceCollection AddDisclosuresClient<TApi>(this IServiceCollection services, IConfiguration configuration) where TApi : class =>
        services.AddOwnerClient<TApi>(configuration, ConfigurationKey, HttpClientName);

    /// <summary>Disclosures cannot confirm what a command needs (503): <paramref name="whatNot"/> says what was not done.</summary>
    public static OwnerUnavailableException Down(string needed, string whatNot) => new(Unreachable,
        $"Disclosures cannot be reached to confirm {needed}; {whatNot}. Try again later.");
}
