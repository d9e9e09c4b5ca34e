using Microsoft.Extensions.Configuration;

namespace TechTransfer.BuildingBlocks.Runtime;

/// <summary>Reads the settings every service needs, failing early with a message that says what is missing.</summary>
public static class ServiceSettings
{
    public const string PostgresKey = "Postgres";
    public const string RabbitMqKey = "RabbitMq";
    public const string RequestTimeoutKey = "Http:RequestTimeout";
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long a request may take; the database's command timeout is derived from it too.</summary>
    public static TimeSpan RequestTimeout(this IConfiguration configuration) =>
        configuration.GetValue(RequestTimeoutKey, DefaultRequestTimeout);

    public static string RequiredConnectionString(this IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The connection string '{name}' is not set. Set ConnectionStrings:{name} in appsettings " +
                $"or the environment variable ConnectionStrings__{name}.");
}
