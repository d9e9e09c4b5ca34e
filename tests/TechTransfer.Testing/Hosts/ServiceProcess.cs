using System.Diagnostics;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Testing.Hosts;

/// <summary>
/// One service running as its own process (`dotnet TechTransfer.X.Api.dll`), as it runs in production: its own
/// port, database and queues; its output goes to &lt;logs&gt;/&lt;name&gt;.log (.local/e2e-logs by default). It can be killed,
/// paused (SIGSTOP) and started again.
/// </summary>
public sealed class ServiceProcess(string context, IReadOnlyDictionary<string, string?> settings, string logName, string? logs = null) : IAsyncDisposable
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

    /// <summary>The running process's id, or null when it is not running.</summary>
    public int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

    /// <summary>Starts the process and waits until it is ready.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        Launch();
        await WaitReadyAsync(TimeSpan.FromSeconds(90), ct);
    }

    /// <summary>Starts the process without waiting for it to be ready (a service started through an outage is not).</summary>
    public void Launch()
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

        Directory.CreateDirectory(Path.GetDirectoryName(LogFile)!);
        _log ??= new StreamWriter(LogFile, append: true) { AutoFlush = true };
        lock (_log) _log.WriteLine($"===== {DateTimeOffset.UtcNow:O} starting {Context} on {Address}");
        _process = Process.Start(start)!;
        var log = _log;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits until /health/ready answers 200; throws when the process exits or <paramref name="within"/> passes.</summary>
    public async Task WaitReadyAsync(TimeSpan within, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"{Context} exited with code {_process.ExitCode} while starting: see {LogFile}.");
            try
            {
                using var response = await Probe.GetAsync(new Uri(Address, "/health/ready"), ct);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"{Context} was not ready on {Address}health/ready within {within.TotalSeconds:0} s: see {LogFile}.");
    }

    private string LogFile => Path.Combine(logs ?? Path.Combine(RepositoryRoot.Path, ".local", "e2e-logs"), $"{logName}.log");

    /// <summary>Sends SIGSTOP (frozen: connections stay open, nothing answers) or SIGCONT.</summary>
    public async Task SignalAsync(string signal)
    {
        if (ProcessId is not { } pid) return;
        using var kill = Process.Start("kill", ["-s", signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        lock (_log!) _log.WriteLine($"===== {DateTimeOffset.UtcNow:O} SIG{signal}");
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
