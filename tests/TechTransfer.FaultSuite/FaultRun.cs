using System.Diagnostics;
using TechTransfer.Testing;

namespace TechTransfer.FaultSuite;

/// <summary>The settings of one run: the seed makes its faults and their moments repeatable.</summary>
public sealed record FaultOptions(int Seed, TimeSpan Duration, Scenario Scenario, int Workers = 3);

/// <summary>
/// One run of the suite: the system on its own servers, the workload and the faults side by side for the duration, then
/// everything back up, a wait for quiescence (the audit comes out clean, or stops changing), and the final audit.
/// Everything it did is in .local/faults/&lt;seed&gt;-&lt;scenario&gt;/ (run.log, the services' logs).
/// </summary>
public static class FaultRun
{
    /// <summary>How long the system may take, once the last fault is repaired, to let every message settle.</summary>
    private static readonly TimeSpan Quiescence = TimeSpan.FromMinutes(4);

    /// <summary>What ProblemExceptionHandler logs for every 500 it answers.</summary>
    private const string UnhandledError = "Unhandled error on ";

    public static async Task<FaultReport> RunAsync(FaultOptions options, TextWriter progress, CancellationToken ct)
    {
        var folder = Path.Combine(RepositoryRoot.Path, ".local", "faults", $"{options.Seed}-{options.Scenario.ToString().ToLowerInvariant()}");
        // A run with the same seed and scenario starts afresh; servers an interrupted one left behind stop first.
        if (Directory.Exists(folder))
        {
            await Servers.StopLeftoversAsync(Path.Combine(folder, "servers"));
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        await using var runLog = new StreamWriter(Path.Combine(folder, "run.log")) { AutoFlush = true };
        var log = TextWriter.Synchronized(new Tee(runLog, progress));
        log.WriteLine($"Fault suite: seed {options.Seed}, scenario {options.Scenario}, {options.Duration.TotalMinutes:0.#} min, {options.Workers} workers; logs in {folder}");
        log.WriteLine($"Again: deploy/faults.sh --seed {options.Seed} --scenario {options.Scenario.ToString().ToLowerInvariant()} --minutes {options.Duration.TotalMinutes:0.##}");

        var random = new Random(options.Seed);
        var facility = $"FLT-{options.Seed}";
        await using var system = new FaultSystem(Path.Combine(folder, "servers"), Path.Combine(folder, "logs"));
        await system.StartAsync(ct);
        var ledger = new Ledger();
        var workload = new Workload(system.Staff, ledger, facility, options.Seed, log);
        await workload.PrepareAsync(ct);

        var until = DateTimeOffset.UtcNow + options.Duration;
        var injector = new FaultInjector(system, options.Scenario, random, log);
        var injecting = injector.RunAsync(until, ct);
        // The short plan strikes all its faults whatever the duration: the workload goes on until it has.
        await Task.WhenAll(workload.RunAsync(options.Workers, () => DateTimeOffset.UtcNow < until || !injecting.IsCompleted, ct), injecting);
        log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} workload done: {ledger.Stories.Count} stories, {ledger.Acknowledged} acknowledged writes, {ledger.Unknown} unknown");

        var settling = Stopwatch.StartNew();
        var findings = await SettleAsync(system, ledger, facility, log, ct);
        log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} settled in {settling.Elapsed.TotalSeconds:0} s");
        var notHealthy = new List<string>();
        foreach (var service in system.Services)
            if (!await FaultSystem.IsHealthyAsync(service, ct)) notHealthy.Add(service.Context);
        // A 500 the caller never saw (it had timed out first) is in the service's log all the same.
        var logged = Directory.EnumerateFiles(Path.Combine(folder, "logs"), "*.log").Sum(CountUnhandledErrors);
        var report = new FaultReport(options, ledger.Stories.Count, ledger.Acknowledged, ledger.Unknown, findings,
            Math.Max(workload.ServerErrors, logged), injector.Struck, notHealthy, settling.Elapsed);
        log.WriteLine(report.Details());
        return report;
    }

    /// <summary>Audits until clean twice in a row, or until the findings stop changing for a minute, or the bound: then the last audit stands.</summary>
    private static async Task<Findings> SettleAsync(FaultSystem system, Ledger ledger, string facility, TextWriter log, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + Quiescence;
        Findings? last = null;
        var unchangedSince = DateTimeOffset.UtcNow;
        var settledOnce = false;
        while (true)
        {
            Findings findings;
            try { findings = await Audit.RunAsync(system.NewStaff(), ledger, facility, ct); }
            catch (Exception e) when (e is not OperationCanceledException { CancellationToken.IsCancellationRequested: true })
            {
                // An API that does not answer its reads after every fault is repaired is a finding too.
                if (DateTimeOffset.UtcNow > deadline) return new Findings([], [], [], 0, [$"the audit could not read everything: {Calls.Describe(e)}"]);
                log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} audit could not read everything yet: {Calls.Describe(e)}");
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
                continue;
            }
            // Clean: one more look a little later, so a late redelivery that would double something is seen too.
            if (findings.Clean && settledOnce) return findings;
            if (findings.Clean)
            {
                settledOnce = true;
                await Task.Delay(TimeSpan.FromSeconds(10), ct);
                continue;
            }
            settledOnce = false;
            var summary = Summary(findings);
            if (last is null || Summary(last) != summary) unchangedSince = DateTimeOffset.UtcNow;
            if (DateTimeOffset.UtcNow > deadline || DateTimeOffset.UtcNow - unchangedSince > TimeSpan.FromMinutes(1)) return findings;
            log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} not settled yet: {summary}");
            last = findings;
            await Task.Delay(TimeSpan.FromSeconds(5), ct);
        }
    }

    private static int CountUnhandledErrors(string log)
    {
        // The services still write their logs: share them.
        using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var count = 0;
        while (reader.ReadLine() is { } line) if (line.Contains(UnhandledError, StringComparison.Ordinal)) count++;
        return count;
    }

    private static string Summary(Findings f) => $"lost {f.Lost.Count}, duplicated {f.Duplicated.Count}, unexpected {f.Unexpected.Count}, parked {f.Parked}, stuck {f.Stuck.Count}";

    /// <summary>Writes to the run's log and to the caller's output at once.</summary>
    private sealed class Tee(TextWriter first, TextWriter second) : TextWriter
    {
        public override System.Text.Encoding Encoding => first.Encoding;
        public override void Write(char value) { first.Write(value); second.Write(value); }
        public override void WriteLine(string? value) { first.WriteLine(value); second.WriteLine(value); }
    }
}
