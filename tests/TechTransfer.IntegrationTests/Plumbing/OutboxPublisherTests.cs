using System.Net.Http.Json;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Logging;
using TechTransfer.Testing.Messaging;
using Contract = TechTransfer.Contracts.Disclosures;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>The event store is the outbox: what is committed is published once per event, in order; nothing else is.</summary>
public sealed class OutboxPublisherTests(TestInfrastructure infrastructure)
{
    private sealed record Marker(string Id);

    private sealed record Disclosed(Guid Id);

    [Fact]
    public async Task Nothing_is_published_for_a_transaction_that_rolled_back()
    {
        await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);
        await probe.WatchExchangeAsync(Contract.TechnologyDisclosed.Exchange);
        await using var disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "outbox");
        await disclosures.StartReadyAsync();
        var client = disclosures.ClientAs(Roles.Staff);
        var store = disclosures.Services.GetRequiredService<IDocumentStore>();

        // A transaction that appends a valid event, then fails on another write: all of it rolls back.
        var marker = new Marker($"marker-{Guid.NewGuid():N}");
        await using (var first = store.LightweightSession())
        {
            first.Insert(marker);
            await first.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var rolledBack = Guid.NewGuid();
        await using (var failing = store.LightweightSession())
        {
            failing.Events.StartStream<Technology>(rolledBack, Sample.DisclosedEvent(rolledBack, "Never committed", "JET"));
            failing.Insert(marker);
            await Should.ThrowAsync<Exception>(() => failing.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        // A committed disclosure after it: once its message is out, the rolled-back one would have been too.
        var committed = (await (await client.PostAsJsonAsync("/technologies", Sample.Disclosure("Committed afterwards", "ITER"),
            TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<Disclosed>(TestContext.Current.CancellationToken))!;
        await probe.WaitForAsync(m => m.Message.GetProperty("technologyId").GetGuid() == committed.Id, "the committed disclosure");

        probe.Received.ShouldNotContain(m => m.Message.GetProperty("technologyId").GetGuid() == rolledBack);
        (await store.QuerySession().Events.FetchStreamStateAsync(rolledBack, TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    [Fact]
    public async Task The_gap_a_rolled_back_append_leaves_is_skipped_as_a_handled_case_and_what_follows_is_published()
    {
        await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);
        await probe.WatchExchangeAsync(Contract.TechnologyDisclosed.Exchange);
        var logs = new CapturedLogs();
        await using var host = new ServiceHost<DisclosuresApi>(infrastructure, "deadgap");
        await using var disclosures = host.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).AddFilter<CapturedLogs>(_ => true)));
        var client = disclosures.CreateClient().As(Roles.Staff);
        var ct = TestContext.Current.CancellationToken;
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode, "Disclosures to be ready", TimeSpan.FromSeconds(60));
        (await client.PostAsJsonAsync("/technologies", Sample.Disclosure("Committed before the gap", "JET"), ct)).EnsureSuccessStatusCode();

        // What an append that loses a race or fails leaves: a sequence number taken in a transaction that rolled back.
        await using (var connection = disclosures.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().CreateConnection())
        {
            await connection.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var burn = new Npgsql.NpgsqlCommand("select nextval('disclosures.mt_events_sequence')", connection, transaction);
            await burn.ExecuteScalarAsync(ct);
            await transaction.RollbackAsync(ct);
        }
        var after = (await (await client.PostAsJsonAsync("/technologies", Sample.Disclosure("Committed after the gap", "ITER"), ct))
            .Content.ReadFromJsonAsync<Disclosed>(ct))!;

        // The daemon holds before the gap for its stale threshold, finds no transaction that could still fill it, skips it.
        await probe.WaitForAsync(m => m.Message.GetProperty("technologyId").GetGuid() == after.Id, "the disclosure committed after the gap");
        var skips = logs.Lines.Where(l => l.Contains("is skipping the event sequence range", StringComparison.Ordinal)).ToList();
        skips.ShouldNotBeEmpty();
        skips.ShouldAllBe(l => l.StartsWith("Information ", StringComparison.Ordinal), "a proven-dead gap is a handled case, not a warning (DaemonLogger)");
    }

    [Fact]
    public async Task An_event_whose_transaction_commits_late_is_still_published()
    {
        await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);
        await probe.WatchExchangeAsync(Contract.TechnologyDisclosed.Exchange);
        await using var disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "slowwriter");
        await disclosures.StartReadyAsync();
        var client = disclosures.ClientAs(Roles.Staff);
        var store = disclosures.Services.GetRequiredService<IDocumentStore>();
        var ct = TestContext.Current.CancellationToken;

        // The slow writer takes its sequence number first and keeps its transaction open...
        await using var connection = disclosures.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var slow = Guid.NewGuid();
        await using (var session = store.LightweightSession(SessionOptions.ForTransaction(transaction)))
        {
            session.Events.StartStream<Technology>(slow, Sample.DisclosedEvent(slow, "Committed late", "JET"));
            await session.SaveChangesAsync(ct);
        }

        // ...while a later event commits and is published...
        var fast = (await (await client.PostAsJsonAsync("/technologies", Sample.Disclosure("Committed at once", "CERN"), ct))
            .Content.ReadFromJsonAsync<Disclosed>(ct))!;
        // ...and the gap it leaves outlives the daemon's stale-sequence threshold (3 s).
        await Task.Delay(TimeSpan.FromSeconds(5), ct);
        await transaction.CommitAsync(ct);

        await probe.WaitForAsync(m => m.Message.GetProperty("technologyId").GetGuid() == slow, "the late-committed disclosure");
        await probe.WaitForAsync(m => m.Message.GetProperty("technologyId").GetGuid() == fast.Id, "the disclosure committed at once");
    }

    [Fact]
    public async Task Each_committed_event_is_published_with_its_event_id_as_message_id_in_commit_order()
    {
        await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);
        await probe.WatchExchangeAsync(Contract.TechnologyDisclosed.Exchange);
        await using var disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "outbox");
        await disclosures.StartReadyAsync();
        var client = disclosures.ClientAs(Roles.Staff);

        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var response = await client.PostAsJsonAsync("/technologies", Sample.Disclosure($"Technology number {i}", "CERN"),
                TestContext.Current.CancellationToken);
            ids.Add((await response.Content.ReadFromJsonAsync<Disclosed>(TestContext.Current.CancellationToken))!.Id);
        }
        await probe.WaitForAsync(m => m.Message.GetProperty("technologyId").GetGuid() == ids[^1], "the last disclosure");

        var ours = probe.Received.Where(m => ids.Contains(m.Message.GetProperty("technologyId").GetGuid())).ToList();
        ours.Select(m => m.Message.GetProperty("technologyId").GetGuid()).ShouldBe(ids);

        await using var session = disclosures.Services.GetRequiredService<IDocumentStore>().QuerySession();
        foreach (var message in ours)
        {
            var events = await session.Events.FetchStreamAsync(message.Message.GetProperty("technologyId").GetGuid(), token: TestContext.Current.CancellationToken);
            message.MessageId.ShouldBe(events.First(e => e.Data is TechnologyDisclosed).Id);
        }
    }
}
