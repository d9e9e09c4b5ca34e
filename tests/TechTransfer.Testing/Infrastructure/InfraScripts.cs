using System.Diagnostics;

namespace TechTransfer.Testing.Infrastructure;

/// <summary>Runs deploy/infra/&lt;script&gt; (postgres.sh, rabbitmq.sh): the one way the local run and the tests start, stop and signal servers.</summary>
public static class InfraScripts
{
    /// <summary>
    /// Runs <paramref name="script"/> and throws with its output when it fails (unless <paramref name="allowFailure"/>).
    /// <paramref name="fastUnsafe"/>: TT_FAST_UNSAFE=1 (PostgreSQL without fsync and with synchronous_commit=off) for throwaway
    /// data; false removes it whatever the caller runs with, for servers that are killed: synchronous_commit=off acknowledges
    /// a commit before its WAL leaves PostgreSQL's memory, so a killed server loses the last acknowledged writes (seen in the
    /// fault suite).
    /// </summary>
    public static async Task RunAsync(string script, IEnumerable<string> args, bool fastUnsafe, bool allowFailure = false)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "deploy", "infra", script));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (fastUnsafe) start.Environment["TT_FAST_UNSAFE"] = "1";
        else start.Environment.Remove("TT_FAST_UNSAFE");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0 && !allowFailure)
            throw new InvalidOperationException(
                $"deploy/infra/{script} {string.Join(' ', args)} failed ({process.ExitCode}):\n{await output}\n{await error}");
    }
}
