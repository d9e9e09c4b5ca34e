using System.Diagnostics;
using System.Net.Http.Json;
using JasperFx;
using Marten;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

// dotnet run -c Release --project tests/TechTransfer.Benchmarks [-- OPERATIONS [ROUNDS]]
//
// What one disclosure through the API costs compared with the cheapest possible event-sourced write on the same
// servers, in the same run: these machines are shared and noisy, so only the ratio means something.
//   baseline  Marten StartStream of one small event + SaveChanges, straight on a store in the service's database
//   api       POST /technologies to the service running as its own process, over loopback HTTP: authentication,
//             validation, the decision, two events and five inline projections (record, catalogue, journey,
//             worklists, scoreboard) in one transaction
// Both run CONCURRENCY writers at once; rounds alternate baseline and api, and the ratio is taken per round.
const int concurrency = 16;
var operations = args.Length > 0 ? int.Parse(args[0]) : 1000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;

var infrastructure = new TestInfrastructure();
await infrastructure.InitializeAsync();
try
{
    var settings = HostSettings.For(infrastructure, "benchmark");
    await using var service = new ServiceProcess("Disclosures", settings, "benchmark-disclosures");
    await service.StartAsync(CancellationToken.None);
    using var store = DocumentStore.For(options =>
    {
        options.Connection(settings["ConnectionStrings:Postgres"]!);
        options.DatabaseSchemaName = "benchmark_baseline";
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
    });
    using var staff = new HttpClient { BaseAddress = service.Address }.As(Roles.Staff, "bench.staff");

    async Task Baseline(int i)
    {
        await using var session = store.LightweightSession();
        session.Events.StartStream(Guid.CreateVersion7(), new BenchmarkEvent(i, "a small event"));
        await session.SaveChangesAsync();
    }

    async Task Api(int i)
    {
        using var response = await staff.PostAsJsonAsync("/technologies", Disclosure(i));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    await RunAsync(Baseline, 100);   // warm-up: connections, JIT, the schema
    await RunAsync(Api, 100);
    Console.WriteLine($"{operations} operations per measurement, {concurrency} concurrent writers, {rounds} rounds");
    Console.WriteLine("round  baseline ops/s  api ops/s  api/baseline");
    var ratios = new List<double>();
    for (var round = 1; round <= rounds; round++)
    {
        var baseline = await RunAsync(Baseline, operations);
        var api = await RunAsync(Api, operations);
        ratios.Add(api / baseline);
        Console.WriteLine($"{round,5}  {baseline,14:F0}  {api,9:F0}  {api / baseline,12:F2}");
    }
    ratios.Sort();
    Console.WriteLine($"median api/baseline throughput ratio: {ratios[ratios.Count / 2]:F2}");
}
finally
{
    await infrastructure.DisposeAsync();
}

async Task<double> RunAsync(Func<int, Task> operation, int count)
{
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count) await operation(i);
    }));
    return count / clock.Elapsed.TotalSeconds;
}

static object Disclosure(int i) => new
{
    title = $"Benchmark technology {i}",
    facility = "CERN",
    lab = "BE",
    field = "Benchmarks",
    inventors = new[] { new { name = "Ada Bench", affiliation = "CERN", email = "ada.bench@cern.example.org", share = 100m } },
    confidentialDescription = "Nothing secret: a benchmark.",
    conceivedOn = "2025-01-15",
    keywords = new[] { "benchmark" },
};

internal sealed record BenchmarkEvent(int Number, string Text);
