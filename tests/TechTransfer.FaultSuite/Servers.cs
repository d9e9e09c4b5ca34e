using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.FaultSuite;

/// <summary>
/// The suite's own PostgreSQL and RabbitMQ, local processes on free loopback ports started by the local run's scripts
/// (deploy/infra), so that they can be killed, frozen and started again on the same port and data.
/// </summary>
public sealed class Servers(string root) : IAsyncDisposable
{
    private readonly int _postgresPort = FreePort.Next(), _amqpPort = FreePort.Next(), _distPort = FreePort.Next();

    public string Postgres => $"Host=127.0.0.1;Port={_postgresPort};Username=postgres";
    public string RabbitMq => $"amqp://guest:guest@127.0.0.1:{_amqpPort}/";

    public ITarget Database => new ServerTarget("database", StartPostgresAsync, "postgres.sh", PostgresDir);
    public ITarget Broker => new ServerTarget("broker", StartRabbitMqAsync, "rabbitmq.sh", RabbitDir);

    private string PostgresDir => Path.Combine(root, "postgres");
    private string RabbitDir => Path.Combine(root, "rabbitmq");

    public Task StartAsync() => Task.WhenAll(StartPostgresAsync(), StartRabbitMqAsync());

    /// <summary>Stops servers an interrupted run left in <paramref name="root"/> (thawed first: a frozen server cannot stop).</summary>
    public static Task StopLeftoversAsync(string root) => new Servers(root).DisposeAsync().AsTask();

    private Task StartPostgresAsync() => RunAsync("postgres.sh", "start", "--port", $"{_postgresPort}", "--dir", PostgresDir);

    private Task StartRabbitMqAsync() => RunAsync("rabbitmq.sh", "start", "--port", $"{_amqpPort}", "--dist-port", $"{_distPort}", "--dir", RabbitDir);

    public async ValueTask DisposeAsync()
    {
        // A frozen server is thawed first, or it could not stop.
        await Task.WhenAll(RunAsync("postgres.sh", "signal", "--dir", PostgresDir, "CONT"), RunAsync("rabbitmq.sh", "signal", "--dir", RabbitDir, "CONT"));
        await Task.WhenAll(RunAsync("postgres.sh", "stop", "--dir", PostgresDir), RunAsync("rabbitmq.sh", "stop", "--dir", RabbitDir));
    }

    // Durable: these servers are killed, and a kill must not lose what they acknowledged.
    private static Task RunAsync(string script, params string[] args) => InfraScripts.RunAsync(script, args, fastUnsafe: false);

    private sealed class ServerTarget(string name, Func<Task> start, string script, string dir) : ITarget
    {
        public string Name => name;
        public bool IsServer => true;
        public Task KillAsync() => RunAsync(script, "signal", "--dir", dir, "KILL");
        public Task StartAsync() => start();
        public Task PauseAsync() => RunAsync(script, "signal", "--dir", dir, "STOP");
        public Task ResumeAsync() => RunAsync(script, "signal", "--dir", dir, "CONT");
    }
}
