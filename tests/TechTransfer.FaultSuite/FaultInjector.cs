using System.Diagnostics;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.FaultSuite;

/// <summary>What one fault (or pair of overlapping faults) did: when, and how long each service took to be healthy again.</summary>
public sealed record Struck(TimeSpan At, IReadOnlyList<Fault> Faults, IReadOnlyDictionary<string, TimeSpan?> HealthyAgainAfter)
{
    public override string ToString() =>
        $"+{At.TotalSeconds,6:0.0} s  {string.Join(" + ", Faults)}; healthy again after: " +
        string.Join(", ", HealthyAgainAfter.Select(r => $"{r.Key} {(r.Value is { } t ? $"{t.TotalSeconds:0.0} s" : "NEVER")}"));
}

/// <summary>
/// Strikes faults at moments drawn from the seed until the time is up, each after a quiet spell, and after each waits for
/// every service to be healthy again (ready, its bus connected and its outbox not waiting; measured from the moment the
/// target was back), so faults never pile up unmeasured.
/// </summary>
public sealed class FaultInjector(FaultSystem system, Scenario scenario, Random random, TextWriter log)
{
    /// <summary>The longest a service may take to be healthy again once what it depends on is back.</summary>
    public static readonly TimeSpan HealthyBound = TimeSpan.FromMinutes(3);
    private readonly List<Struck> _struck = [];

    public IReadOnlyList<Struck> Struck => _struck;

    public async Task RunAsync(DateTimeOffset until, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var queue = new Queue<IReadOnlyList<Fault>>(scenario == Scenario.Short ? ShortPlan() : []);
        while (!ct.IsCancellationRequested && (scenario == Scenario.Short ? queue.Count > 0 : DateTimeOffset.UtcNow < until))
        {
            await Task.Delay(TimeSpan.FromSeconds(random.Next(4, 12)), ct);
            var faults = scenario == Scenario.Short ? queue.Dequeue() : Next();
            var at = clock.Elapsed;
            lock (log) log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} striking: {string.Join(" + ", faults)}");
            var back = await StrikeAsync(faults, ct);
            var struck = new Struck(at, faults, await HealthyAgainAsync(back, ct));
            _struck.Add(struck);
            lock (log) log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {struck}");
        }
    }

    private IReadOnlyList<Fault> Next()
    {
        var targets = system.Targets;
        var pool = scenario switch
        {
            Scenario.Broker => targets.Where(t => t.Name == "broker").ToList(),
            Scenario.Database => targets.Where(t => t.Name == "database").ToList(),
            Scenario.Services => targets.Where(t => !t.IsServer).ToList(),
            _ => targets.ToList(),
        };
        var first = Draw(pool[random.Next(pool.Count)]);
        if (scenario != Scenario.Overlapping) return [first];
        var others = pool.Where(t => t != first.Target).ToList();
        return [first, Draw(others[random.Next(others.Count)])];
    }

    private IEnumerable<IReadOnlyList<Fault>> ShortPlan()
    {
        var services = system.Targets.Where(t => !t.IsServer).ToList();
        IReadOnlyList<Fault>[] plan =
        [
            [new Fault(system.Targets.Single(t => t.Name == "broker"), Crash: true, Hold(3, 8))],
            [new Fault(system.Targets.Single(t => t.Name == "database"), Crash: true, Hold(3, 8))],
            [new Fault(services[random.Next(services.Count)], Crash: true, Hold(2, 6))],
            [new Fault(services[random.Next(services.Count)], Crash: false, Hold(5, 12))],
        ];
        return plan.OrderBy(_ => random.Next()).ToList();
    }

    private Fault Draw(ITarget target) => random.Next(3) == 0 ? new Fault(target, Crash: false, Hold(3, 20)) : new Fault(target, Crash: true, Hold(2, 15));

    private TimeSpan Hold(int min, int max) => TimeSpan.FromSeconds(min + random.NextDouble() * (max - min));

    /// <summary>Strikes the faults (the second one second or more after the first), holds each, restores them; returns when each target was back.</summary>
    private async Task<DateTimeOffset> StrikeAsync(IReadOnlyList<Fault> faults, CancellationToken ct)
    {
        var restored = await Task.WhenAll(faults.Select(async (fault, i) =>
        {
            if (i > 0) await Task.Delay(TimeSpan.FromSeconds(1 + random.NextDouble() * 3), ct);
            await (fault.Crash ? fault.Target.KillAsync() : fault.Target.PauseAsync());
            await Task.Delay(fault.Hold, ct);
            await (fault.Crash ? fault.Target.StartAsync() : fault.Target.ResumeAsync());
            return DateTimeOffset.UtcNow;
        }));
        return restored.Max();
    }

    /// <summary>How long after <paramref name="back"/> each service was healthy (null: not within the bound).</summary>
    private async Task<IReadOnlyDictionary<string, TimeSpan?>> HealthyAgainAsync(DateTimeOffset back, CancellationToken ct)
    {
        var waits = system.Services.Select(async service => (service.Context, After: await HealthyAsync(service, back, ct)));
        return (await Task.WhenAll(waits)).ToDictionary(w => w.Context.ToLowerInvariant(), w => w.After);
    }

    private static async Task<TimeSpan?> HealthyAsync(ServiceProcess service, DateTimeOffset back, CancellationToken ct)
    {
        while (DateTimeOffset.UtcNow - back < HealthyBound)
        {
            if (await FaultSystem.IsHealthyAsync(service, ct)) return DateTimeOffset.UtcNow - back;
            await Task.Delay(200, ct);
        }
        return null;
    }
}
