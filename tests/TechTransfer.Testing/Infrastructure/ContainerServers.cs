using DotNet.Testcontainers.Configurations;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace TechTransfer.Testing.Infrastructure;

/// <summary>PostgreSQL and RabbitMQ in throw-away containers, where a Docker engine answers.</summary>
internal sealed class ContainerServers : IServers
{
    private readonly PostgreSqlContainer _postgres;
    private readonly RabbitMqContainer _rabbit;

    private ContainerServers(PostgreSqlContainer postgres, RabbitMqContainer rabbit)
    {
        _postgres = postgres;
        _rabbit = rabbit;
    }

    public string Postgres => new Npgsql.NpgsqlConnectionStringBuilder(_postgres.GetConnectionString()) { Database = null }.ConnectionString;

    public string RabbitMq => _rabbit.GetConnectionString();

    public string Description => "Testcontainers";

    public static bool DockerAnswers() => TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;

    public static async Task<IServers> StartAsync()
    {
        var postgres = new PostgreSqlBuilder("postgres:15").Build();
        var rabbit = new RabbitMqBuilder("rabbitmq:3.13").Build();
        await Task.WhenAll(postgres.StartAsync(), rabbit.StartAsync());
        return new ContainerServers(postgres, rabbit);
    }

    public async ValueTask DisposeAsync()
    {
        await _postgres.DisposeAsync();
        await _rabbit.DisposeAsync();
    }
}
