using System.Diagnostics;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Testing.Hosts;

/// <summary>
/// One service running as its own process (`dotnet TechTransfer.X.Api.dll`), as it runs in production: its own
/// port, database and queues; its output goes to .local/e2e-logs/&lt;name&gt;.log. It can be killed and started again.
/// </summary>
public sealed class ServiceProcess(string context, IReadOnlyDictionary<string, string?> settings, string logName) : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };
    private Process? _process;
    private StreamWriter? _log;

    public string Context { get; } = context;
    public Uri Address { get; } = new($"http://127.0.0.1:{FreePort.Next()}");

    /// <summary>The service's build output, in the configuration these tests were built in (the project references build it first).</summary>
    public string Binaries
    {
        get
        {
            var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = own.Parent!.Name;
            return Path.Combine(RepositoryRoot.Path, "services", Context, $"TechTransfer.{Context}.Api", "bin", configuration, own.Name);
        }
    }

    public async Task StartAsync(CancellationToken ct)
    {
        var dll = Path.Combine(Binaries, $"TechTransfer.{Context}.Api.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"{dll} is missing: build the solution first.", dll);
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", Address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Binaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;

        var logs = Path.Combine(RepositoryRoot.Path, ".local", "e2e-logs");
        Directory.CreateDirectory(logs);
        _log ??= new StreamWriter(Path.Combine(logs, $"{logName}.log"), append: true) { AutoFlush = true };
        lock (_log) _log.WriteLine($"===== {DateTimeOffset.UtcNow:O} starting {Context} on {Address}");
        _process = Process.Start(start)!;
        var log = _log;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitReadyAsync(ct);
    }

    private async Task WaitReadyAsync(CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"{Context} exited with code {_process.ExitCode} while starting: see .local/e2e-logs.");
            try
            {
                using var response = await Probe.GetAsync(new Uri(Address, "/health/ready"), ct);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"{Context} was not ready on {Address}health/ready within 90 s: see .local/e2e-logs.");
    }

    /// <summary>Kills the process outright (no graceful shutdown): what a crash or a pulled plug does.</summary>
    public async Task KillAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
        lock (_log!) _log.WriteLine($"===== {DateTimeOffset.UtcNow:O} killed");
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        if (_log is not null) lock (_log) _log.Dispose();
    }
}
