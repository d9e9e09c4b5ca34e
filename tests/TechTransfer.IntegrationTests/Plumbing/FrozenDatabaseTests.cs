using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>
/// A database that keeps its connections open but stops answering (a stopped process, a black-holed network) is the
/// outage that hangs instead of failing: every request is bounded all the same, answers 503 store-is-available within
/// its bound, and health still answers.
/// </summary>
public sealed class FrozenDatabaseTests(TestInfrastructure infrastructure)
{
    // Low, so the test is short; a frozen server costs a request its bound plus two 1 s connect timeouts (DatabaseTimeouts).
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(4);

    // Without the bound a request waits on the frozen database far longer (the database's own timeouts); the margin
    // over the bound is for a loaded 2-core machine running every test project at once.
    private static readonly TimeSpan Hung = Bound * 3;

    [Fact]
    public async Task A_write_or_read_while_the_database_is_frozen_is_a_503_within_the_request_bound_and_the_write_succeeds_after_it_thaws()
    {
        var (relay, settings) = HostSettings.BehindPostgresRelay(infrastructure, "frozen");
        await using var _ = relay;
        settings["Http:RequestTimeout"] = Bound.ToString();
        await using var disclosures = new ServiceHost<DisclosuresApi>(settings);
        await disclosures.StartReadyAsync();
        var staff = disclosures.ClientAs(Roles.Staff);
        var anonymous = disclosures.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        // A first write leaves open connections in the pool: the frozen ones are the ones a request hangs on.
        (await staff.PostAsJsonAsync("/technologies", Sample.Disclosure("Written before the freeze", "JET"), ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var title = $"Written during a freeze {Guid.NewGuid():N}";

        relay.Freeze();
        var clock = Stopwatch.StartNew();
        using var refused = await staff.PostAsJsonAsync("/technologies", Sample.Disclosure(title, "JET"), ct);
        var refusedAfter = clock.Elapsed;

        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(5));
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(ct)))
            problem.RootElement.GetProperty("rule").GetString().ShouldBe("store-is-available");
        refusedAfter.ShouldBeLessThan(Hung, "the write hung past its bound");

        clock.Restart();
        using var unread = await staff.GetAsync("/technologies", ct);
        var unreadAfter = clock.Elapsed;
        unread.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        unreadAfter.ShouldBeLessThan(Hung, "the read hung past its bound");

        clock.Restart();
        (await anonymous.GetAsync("/health/live", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var liveAfter = clock.Elapsed;
        liveAfter.ShouldBeLessThan(TimeSpan.FromSeconds(1));

        clock.Restart();
        (await anonymous.GetAsync("/health/ready", ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var readyAfter = clock.Elapsed;
        readyAfter.ShouldBeLessThan(TimeSpan.FromSeconds(6), "readiness hung on the frozen database");
        TestContext.Current.TestOutputHelper?.WriteLine($"frozen: write 503 after {refusedAfter}, read 503 after {unreadAfter}, live after {liveAfter}, ready after {readyAfter}");

        relay.Thaw();
        clock.Restart();
        using var written = await staff.PostAsJsonAsync("/technologies", Sample.Disclosure(title, "JET"), ct);
        written.StatusCode.ShouldBe(HttpStatusCode.Created);
        TestContext.Current.TestOutputHelper?.WriteLine($"thawed: write 201 after {clock.Elapsed}");

        // The refused write was not acknowledged: it may have committed or not, but never twice, and never in part (its
        // events without the technology the same transaction projects).
        using var list = await staff.GetAsync($"/technologies?title={Uri.EscapeDataString(title)}", ct);
        using var page = JsonDocument.Parse(await list.Content.ReadAsStringAsync(ct));
        var technologies = page.RootElement.GetProperty("items").GetArrayLength();
        technologies.ShouldBeInRange(1, 2);
        await using var session = disclosures.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Events.QueryRawEventDataOnly<TechnologyDisclosed>().CountAsync(e => e.Title == title, ct)).ShouldBe(technologies);
    }
}
