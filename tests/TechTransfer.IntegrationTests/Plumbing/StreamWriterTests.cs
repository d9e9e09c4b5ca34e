using System.ComponentModel;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>The one write path on a real PostgreSQL: what each conflict policy does with a race, and what a write checks.</summary>
public sealed class StreamWriterTests(TestInfrastructure infrastructure)
{
    public sealed record Counted(int By);

    /// <summary>A counter that refuses to pass its limit: the kind of rule that must see committed state.</summary>
    [DisplayName("Counter")]
    public sealed record Counter(Guid Id, int Total)
    {
        public const int Limit = 10;

        public static Counter? Next(Counter? state, Guid id, object @event) => @event is Counted c ? new Counter(id, (state?.Total ?? 0) + c.By) : state;

        public static IReadOnlyList<object> Count(Counter counter) => counter.Total < Limit
            ? [new Counted(1)]
            : throw new DomainRuleViolationException("counter-stays-within-its-limit", "The counter is full.", RuleKind.CurrentState);
    }

    public sealed class CounterProjection : SingleStreamProjection<Counter, Guid>
    {
        public override Counter? Evolve(Counter? snapshot, Guid id, IEvent e) => Counter.Next(snapshot, id, e.Data);
    }

    [Fact]
    public async Task Deciding_again_keeps_every_racing_write_and_the_rule_holds_on_committed_state()
    {
        await using var host = await StartAsync();
        var sessions = host.Services.GetRequiredService<ISessionFactory>();
        var id = await StartedAsync(sessions);

        // At 1, fifteen at once against a limit of ten: nine kept, six refused by the rule, none lost to the race.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 15).Select(_ => OutcomeAsync(() =>
            sessions.WriteAsync(new StreamWrite<Counter>(id, null, OnConflict.DecideAgain), Counter.Count, TestContext.Current.CancellationToken))));

        outcomes.Count(o => o is null).ShouldBe(Counter.Limit - 1);
        outcomes.Where(o => o is not null).ShouldAllBe(o => o is DomainRuleViolationException);
        (await TotalAsync(host, id)).ShouldBe(Counter.Limit);
    }

    [Fact]
    public async Task Refusing_tells_the_loser_of_a_race_and_nothing_it_decided_is_written()
    {
        await using var host = await StartAsync();
        var sessions = host.Services.GetRequiredService<ISessionFactory>();
        var id = await StartedAsync(sessions);

        // Both decide on version 1 before either commits (the barrier), so one of them must lose.
        using var bothRead = new Barrier(2);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => OutcomeAsync(() =>
            sessions.WriteAsync(new StreamWrite<Counter>(id, null, OnConflict.Refuse), counter =>
            {
                bothRead.SignalAndWait(TimeSpan.FromSeconds(10)).ShouldBeTrue();
                return Counter.Count(counter);
            }, TestContext.Current.CancellationToken)))));

        outcomes.Count(o => o is null).ShouldBe(1);
        WriteConflicts.IsConflict(outcomes.Single(o => o is not null)!).ShouldBeTrue();
        (await TotalAsync(host, id)).ShouldBe(2);
    }

    [Fact]
    public async Task A_write_checks_If_Match_and_that_its_stream_exists_and_answers_with_what_it_wrote()
    {
        await using var host = await StartAsync();
        var sessions = host.Services.GetRequiredService<ISessionFactory>();
        var id = await StartedAsync(sessions);
        var ct = TestContext.Current.CancellationToken;

        var written = await sessions.WriteAsync(new StreamWrite<Counter>(id, 1, OnConflict.DecideAgain), c => Decision.Of(Counter.Count(c), c.Total + 1), ct);
        (written.Version, written.Appended, written.Result).ShouldBe((2L, 1, 2));

        // Stale, with either policy: 412, and nothing appended.
        foreach (var policy in new[] { OnConflict.Refuse, OnConflict.DecideAgain })
            await Should.ThrowAsync<PreconditionFailedException>(() => sessions.WriteAsync(new StreamWrite<Counter>(id, 1, policy), Counter.Count, ct));
        (await TotalAsync(host, id)).ShouldBe(2);

        // A decision with nothing to do appends nothing and keeps the version.
        var idle = await sessions.WriteAsync(new StreamWrite<Counter>(id, null, OnConflict.Refuse), _ => [], ct);
        (idle.Version, idle.Appended).ShouldBe((2L, 0));

        var missing = await Should.ThrowAsync<NotFoundException>(() => sessions.WriteAsync(new StreamWrite<Counter>(Guid.NewGuid(), null, OnConflict.Refuse), Counter.Count, ct));
        missing.Message.ShouldStartWith("Counter '");
    }

    [Fact]
    public async Task Another_stream_joins_the_transaction_only_when_the_load_step_fetched_it_for_writing()
    {
        await using var host = await StartAsync();
        var sessions = host.Services.GetRequiredService<ISessionFactory>();
        var (first, second) = (await StartedAsync(sessions), await StartedAsync(sessions));
        var ct = TestContext.Current.CancellationToken;

        await sessions.WriteAsync(new StreamWrite<Counter>(first, null, OnConflict.DecideAgain),
            (_, reads, token) => reads.ForWritingAsync<Counter>(second, token),
            (counter, other) => Decision.Of(Counter.Count(counter)) with { Alongside = [new StreamAppend(second, Counter.Count(other!))] }, ct);
        ((await TotalAsync(host, first)), await TotalAsync(host, second)).ShouldBe((2, 2));

        // Not fetched: refused before anything is written, to either stream.
        await Should.ThrowAsync<InvalidOperationException>(() => sessions.WriteAsync(new StreamWrite<Counter>(first, null, OnConflict.Refuse),
            c => Decision.Of(Counter.Count(c)) with { Alongside = [new StreamAppend(second, [new Counted(1)])] }, ct));
        ((await TotalAsync(host, first)), await TotalAsync(host, second)).ShouldBe((2, 2));
    }

    private Task<Microsoft.AspNetCore.Builder.WebApplication> StartAsync() =>
        BuildingBlocksHost.StartAsync(HostSettings.For(infrastructure, "writes"), "Writes", builder =>
            builder.AddEventStore(opts => opts.Projections.Add<CounterProjection>(ProjectionLifecycle.Inline)));

    private static async Task<Guid> StartedAsync(ISessionFactory sessions)
    {
        var id = Guid.CreateVersion7();
        await sessions.StartAsync<Counter>(id, [new Counted(1)], TestContext.Current.CancellationToken);
        return id;
    }

    private static async Task<int> TotalAsync(Microsoft.AspNetCore.Builder.WebApplication host, Guid id)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<Counter>(id, TestContext.Current.CancellationToken))!.Total;
    }

    private static async Task<Exception?> OutcomeAsync(Func<Task> write)
    {
        try
        {
            await write();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
