using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Testing.Hosts;

/// <summary>The settings that put one host on the test servers, isolated from every other host.</summary>
public static class HostSettings
{
    public static Dictionary<string, string?> For(TestInfrastructure infrastructure, string name, string? postgres = null) => new()
    {
        ["ConnectionStrings:Postgres"] = postgres ?? infrastructure.PostgresFor(name),
        ["ConnectionStrings:RabbitMq"] = infrastructure.Servers.RabbitMq,
        // Queues of their own: two tests never compete for one queue's messages.
        ["Messaging:QueuePrefix"] = $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)],
        // Poison messages reach the error queue in well under a second.
        ["Messaging:RetryLimit"] = "2",
        ["Messaging:RetryMinInterval"] = "00:00:00.050",
        ["Messaging:RetryMaxInterval"] = "00:00:00.200",
        ["Security:Jwt:SigningKey"] = TestIdentity.Jwt.SigningKey,
        ["Security:Jwt:Issuer"] = TestIdentity.Jwt.Issuer,
        ["Security:Jwt:Audience"] = TestIdentity.Jwt.Audience,
    };

    /// <summary>
    /// The settings of a host that reaches PostgreSQL through a relay the test can cut or restore: an outage, whoever runs
    /// the server. The caller disposes the relay.
    /// </summary>
    public static (TcpProxy Relay, Dictionary<string, string?> Settings) BehindPostgresRelay(TestInfrastructure infrastructure, string name)
    {
        var direct = new Npgsql.NpgsqlConnectionStringBuilder(infrastructure.PostgresFor(name));
        var relay = new TcpProxy(direct.Host!, direct.Port);
        var settings = For(infrastructure, name,
            postgres: new Npgsql.NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = relay.Port }.ConnectionString);
        return (relay, settings);
    }
}
