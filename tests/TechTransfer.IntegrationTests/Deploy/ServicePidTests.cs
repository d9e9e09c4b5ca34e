using System.Diagnostics;
using TechTransfer.Testing;

namespace TechTransfer.IntegrationTests.Deploy;

/// <summary>
/// deploy/down.sh stops what a pid file names only when it is this checkout's service: never a thread of another
/// process, nor another checkout's copy of the same service, nor anything else a stale pid file may name after a reboot.
/// </summary>
public sealed class ServicePidTests : IAsyncLifetime
{
    private readonly string _local = Directory.CreateTempSubdirectory("tt-pids-").FullName;
    private readonly List<Process> _started = [];

    /// <summary>
    /// A process whose command line runs the Disclosures dll (argv[0] renamed), with the checkout marker given; two
    /// threads, so a thread id that is not the process's own can be named (Debian's python, not a shim that execs another binary).
    /// </summary>
    private Process LookAlike(string? checkout)
    {
        var start = new ProcessStartInfo("bash", ["-c",
            "exec -a 'dotnet TechTransfer.Disclosures.Api.dll' /usr/bin/python3 -c 'import threading, time; threading.Thread(target=time.sleep, args=(60,)).start(); time.sleep(60)'"]);
        if (checkout is not null) start.Environment["TT_CHECKOUT"] = checkout;
        var process = Process.Start(start)!;
        _started.Add(process);
        return process;
    }

    private async Task<string> ServicePidAsync(string pidFileContent)
    {
        Directory.CreateDirectory(Path.Combine(_local, "pids"));
        await File.WriteAllTextAsync(Path.Combine(_local, "pids", "disclosures.pid"), pidFileContent);
        return await LibAsync($"LOCAL='{_local}'; service_pid Disclosures");
    }

    /// <summary>Runs <paramref name="script"/> after sourcing deploy/lib.sh, as up.sh and down.sh do.</summary>
    private static async Task<string> LibAsync(string script)
    {
        var lib = Path.Combine(RepositoryRoot.Path, "deploy", "lib.sh");
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", $"source '{lib}'; {script}"]) { RedirectStandardOutput = true })!;
        var output = await bash.StandardOutput.ReadToEndAsync();
        await bash.WaitForExitAsync();
        return output.Trim();
    }

    private static string? _checkout;

    /// <summary>The checkout's folder as lib.sh names it (ROOT, symbolic links resolved).</summary>
    private static async Task<string> CheckoutAsync() => _checkout ??= await LibAsync("echo \"$ROOT\"");

    /// <summary>Gives the look-alike time to exec (its command line and threads are those of bash until then).</summary>
    private static async Task<string[]> ThreadsAsync(Process process)
    {
        var task = $"/proc/{process.Id}/task";
        await Eventually.TrueAsync(() => Task.FromResult(Directory.GetDirectories(task).Length >= 2), "the look-alike's second thread");
        return [.. Directory.GetDirectories(task).Select(Path.GetFileName).OfType<string>()];
    }

    [Fact]
    public async Task This_checkouts_service_is_found()
    {
        var service = LookAlike(await CheckoutAsync());
        await ThreadsAsync(service);
        (await ServicePidAsync($"{service.Id}\n")).ShouldBe(service.Id.ToString());
    }

    [Fact]
    public async Task Another_checkouts_copy_of_the_service_is_not()
    {
        var other = LookAlike("/somewhere/else/TechTransfer");
        await ThreadsAsync(other);
        (await ServicePidAsync($"{other.Id}\n")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_thread_id_is_not_a_process_even_when_its_process_is_the_service()
    {
        var service = LookAlike(await CheckoutAsync());
        var thread = (await ThreadsAsync(service)).First(t => t != service.Id.ToString());
        // /proc/TID answers for a thread as if it were a process: the same command line as its process.
        (await File.ReadAllTextAsync($"/proc/{thread}/cmdline", TestContext.Current.CancellationToken)).ShouldContain("TechTransfer.Disclosures.Api.dll");
        (await ServicePidAsync($"{thread}\n")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Garbage_in_a_pid_file_is_nothing() => (await ServicePidAsync("12 34; rm -rf /\n")).ShouldBeEmpty();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        foreach (var process in _started)
        {
            if (!process.HasExited) process.Kill();
            process.Dispose();
        }
        Directory.Delete(_local, recursive: true);
        return ValueTask.CompletedTask;
    }
}
