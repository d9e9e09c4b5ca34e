using TechTransfer.FaultSuite;

namespace TechTransfer.EndToEndTests;

/// <summary>
/// The fault suite's short form (the long form is deploy/faults.sh): the four services on servers of their own under the
/// cross-service workload while the broker, the database and a service are killed and restarted and a service is frozen,
/// in an order drawn from a seed the output prints. Every acknowledged write has its one effect in every service, nothing
/// is parked, no 500 is answered, and every service is healthy again by itself.
/// </summary>
public sealed class FaultSuiteTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Crashes_and_freezes_of_the_broker_the_database_and_the_services_lose_nothing_double_nothing_and_park_nothing()
    {
        var seed = Random.Shared.Next(1, 1_000_000);
        var progress = new StringWriter();
        FaultReport report;
        try
        {
            report = await FaultRun.RunAsync(new FaultOptions(seed, TimeSpan.FromMinutes(1), Scenario.Short), TextWriter.Synchronized(progress),
                TestContext.Current.CancellationToken);
        }
        finally
        {
            output.WriteLine(progress.ToString());
        }

        report.Struck.Count.ShouldBe(4, "the short plan: the broker, the database and a service killed, a service frozen");
        report.Acknowledged.ShouldBeGreaterThan(100, "the workload wrote too little to prove anything");
        report.Passed.ShouldBeTrue(report.Details());
    }
}
