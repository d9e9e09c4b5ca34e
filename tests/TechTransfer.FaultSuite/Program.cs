using System.Globalization;
using TechTransfer.FaultSuite;
using TechTransfer.Testing;

// deploy/faults.sh [--minutes N] [--seed S] [--scenario broker|database|services|mixed|overlapping|short] [--workers W]
var minutes = 5.0;
var seed = Random.Shared.Next(1, 1_000_000);
var scenario = Scenario.Mixed;
var workers = 3;
for (var i = 0; i < args.Length; i += 2)
{
    var value = i + 1 < args.Length ? args[i + 1] : "";
    var ok = args[i] switch
    {
        "--minutes" => double.TryParse(value, CultureInfo.InvariantCulture, out minutes) && minutes > 0,
        "--seed" => int.TryParse(value, CultureInfo.InvariantCulture, out seed),
        "--scenario" => Enum.TryParse(value, ignoreCase: true, out scenario),
        "--workers" => int.TryParse(value, CultureInfo.InvariantCulture, out workers) && workers > 0,
        _ => false,
    };
    if (!ok)
    {
        Console.Error.WriteLine($"faults: cannot use '{args[i]} {value}'. Usage: deploy/faults.sh [--minutes N] [--seed S] " +
            "[--scenario broker|database|services|mixed|overlapping|short] [--workers W]");
        return 2;
    }
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
var report = await FaultRun.RunAsync(new FaultOptions(seed, TimeSpan.FromMinutes(minutes), scenario, workers), Console.Out, stop.Token);

// Every run's line, for the table in the notes.
var table = Path.Combine(RepositoryRoot.Path, ".local", "faults", "runs.txt");
if (!File.Exists(table)) await File.WriteAllTextAsync(table, FaultReport.Header + Environment.NewLine);
await File.AppendAllTextAsync(table, report.Row() + Environment.NewLine);
Console.WriteLine(report.Passed ? "PASSED" : "FAILED");
return report.Passed ? 0 : 1;
