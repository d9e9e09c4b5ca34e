
namespace TechTransfer.Testing.Infrastructure;

/// <summary>
/// The one fixture that gives tests real servers, chosen in this order: TT_POSTGRES and TT_RABBITMQ when
/// both are set; Testcontainers when a Docker engine answers; otherwise private local server processes.
/// Use it as an assembly fixture: the servers start once per test run and are removed after it.
/// </summary>
public sealed class TestInfrastructure : IAsyncLifetime
{
    private IServers? _servers;

    public IServers Servers => _servers ?? throw new InvalidOperationException("The infrastructure has not started.");

    public async ValueTask InitializeAsync()
    {
        var postgres = Environment.GetEnvironmentVariable("TT_POSTGRES");
        var rabbit = Environment.GetEnvironmentVariable("TT_RABBITMQ");
        _servers = (postgres, rabbit) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) => new GivenServers(postgres, rabbit),
            _ when ContainerServers.DockerAnswers() => await ContainerServers.StartAsync(),
            _ => await LocalServers.StartAsync(),
        };
        Console.WriteLine($"Test servers: {_servers.Description}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_servers is not null) await _servers.DisposeAsync();
    }

    /// <summary>A connection string to a database of its own for one host (created on first use).</summary>
    public string PostgresFor(string name) =>
        new Npgsql.NpgsqlConnectionStringBuilder(Servers.Postgres) { Database = $"tt_{name}_{Guid.NewGuid():N}"[..40] }.ConnectionString;
}
