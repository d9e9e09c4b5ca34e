namespace TechTransfer.Testing.Infrastructure;

/// <summary>
/// Private PostgreSQL and RabbitMQ processes on free loopback ports, data in a temporary folder that is
/// removed afterwards. Started by the same scripts as the local run (deploy/infra), so there is one way to do it.
/// </summary>
internal sealed class LocalServers : IServers
{
    private readonly string _root;
    private readonly int _postgresPort;
    private readonly int _amqpPort;

    private LocalServers(string root, int postgresPort, int amqpPort)
    {
        _root = root;
        _postgresPort = postgresPort;
        _amqpPort = amqpPort;
    }

    public string Postgres => $"Host=127.0.0.1;Port={_postgresPort};Username=postgres";

    public string RabbitMq => $"amqp://guest:guest@127.0.0.1:{_amqpPort}/";

    public string Description => $"local processes under {_root}";

    /// <summary>Throwaway data: PostgreSQL without fsync (deploy/infra/postgres.sh).</summary>
    private const bool FastUnsafe = true;

    private string PostgresDir => Path.Combine(_root, "postgres");

    private string RabbitDir => Path.Combine(_root, "rabbitmq");

    public static async Task<LocalServers> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("techtransfer-tests-").FullName;
        var servers = new LocalServers(root, FreePort.Next(), FreePort.Next());
        try
        {
            await Task.WhenAll(
                InfraScripts.RunAsync("postgres.sh", ["start", "--port", $"{servers._postgresPort}", "--dir", servers.PostgresDir], FastUnsafe),
                InfraScripts.RunAsync("rabbitmq.sh", ["start", "--port", $"{servers._amqpPort}", "--dist-port", $"{FreePort.Next()}", "--dir", servers.RabbitDir], FastUnsafe));
            return servers;
        }
        catch
        {
            await servers.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(
            InfraScripts.RunAsync("postgres.sh", ["stop", "--dir", PostgresDir], FastUnsafe, allowFailure: true),
            InfraScripts.RunAsync("rabbitmq.sh", ["stop", "--dir", RabbitDir], FastUnsafe, allowFailure: true));
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a server still flushing; the OS cleans temp */ }
        catch (UnauthorizedAccessException) { }
    }
}
