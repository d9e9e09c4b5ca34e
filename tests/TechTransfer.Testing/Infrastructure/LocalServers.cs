using System.Diagnostics;

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

    private string PostgresDir => Path.Combine(_root, "postgres");

    private string RabbitDir => Path.Combine(_root, "rabbitmq");

    public static async Task<LocalServers> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("techtransfer-tests-").FullName;
        var servers = new LocalServers(root, FreePort.Next(), FreePort.Next());
        try
        {
            await Task.WhenAll(
                Script.RunAsync("postgres.sh", ["start", "--port", $"{servers._postgresPort}", "--dir", servers.PostgresDir]),
                Script.RunAsync("rabbitmq.sh", ["start", "--port", $"{servers._amqpPort}", "--dist-port", $"{FreePort.Next()}", "--dir", servers.RabbitDir]));
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
            Script.RunAsync("postgres.sh", ["stop", "--dir", PostgresDir], allowFailure: true),
            Script.RunAsync("rabbitmq.sh", ["stop", "--dir", RabbitDir], allowFailure: true));
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a server still flushing; the OS cleans temp */ }
        catch (UnauthorizedAccessException) { }
    }

    private static class Script
    {
        public static async Task RunAsync(string script, string[] args, bool allowFailure = false)
        {
            var start = new ProcessStartInfo("bash")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepositoryRoot.Path,
            };
            start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "deploy", "infra", script));
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["TT_FAST_UNSAFE"] = "1";

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0 && !allowFailure)
                throw new InvalidOperationException(
                    $"deploy/infra/{script} {string.Join(' ', args)} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }
    }
}
