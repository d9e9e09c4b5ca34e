using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Licensing.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>
/// Disclosures appends an event; its outbox publisher sends the contract event over RabbitMQ;
/// Licensing, a host of its own with its own database, consumes it and records the technology.
/// </summary>
public sealed class CrossServiceRoundTripTests(TestInfrastructure infrastructure)
{
    private sealed record Disclosed(Guid Id, long Version);

    private sealed record KnownTechnology(Guid Id, string Title, string Facility);

    [Fact]
    public async Task A_technology_disclosed_in_Disclosures_becomes_known_to_Licensing()
    {
        await using var disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "disclosures");
        await using var licensing = new ServiceHost<LicensingApi>(infrastructure, "licensing");
        await licensing.StartReadyAsync();
        var licensingClient = licensing.ClientAs(Roles.Staff);
        await disclosures.StartReadyAsync();
        var disclosuresClient = disclosures.ClientAs(Roles.Staff);

        var response = await disclosuresClient.PostAsJsonAsync("/technologies",
            Sample.Disclosure("Radiation-hard silicon pixel sensor", "CERN"), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        // Two events: the disclosure and the inventors' shares.
        response.Headers.ETag!.Tag.ShouldBe("\"2\"");
        var disclosed = (await response.Content.ReadFromJsonAsync<Disclosed>(TestContext.Current.CancellationToken))!;

        var known = await Eventually.GetAsync(async () =>
        {
            var answer = await licensingClient.GetAsync($"/known-technologies/{disclosed.Id}");
            return answer.StatusCode == HttpStatusCode.OK ? await answer.Content.ReadFromJsonAsync<KnownTechnology>() : null;
        }, "Licensing to learn of the disclosed technology");

        known.ShouldBe(new KnownTechnology(disclosed.Id, "Radiation-hard silicon pixel sensor", "CERN"));
    }

    [Fact]
    public async Task One_trace_spans_the_request_in_Disclosures_and_the_consumer_in_Licensing()
    {
        await using var disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "disclosures");
        await using var licensing = new ServiceHost<LicensingApi>(infrastructure, "licensing");
        // Other tests' Licensing hosts consume the same message in parallel: only this host's queues count.
        var ourQueues = licensing.Settings["Messaging:QueuePrefix"]!;
        var traceId = ActivityTraceId.CreateRandom();
        var consumed = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == MassTransit.Logging.DiagnosticHeaders.DefaultListenerName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Kind == ActivityKind.Consumer && activity.TraceId == traceId && activity.DisplayName.Contains(ourQueues))
                    consumed.TrySetResult(activity);
            },
        };
        ActivitySource.AddActivityListener(listener);
        await licensing.StartReadyAsync();
        await disclosures.StartReadyAsync();

        // The caller's trace context, as a partner's gateway would send it.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/technologies")
        {
            Content = JsonContent.Create(Sample.Disclosure("Traced cryogenic valve", "ITER")),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        (await disclosures.ClientAs(Roles.Staff).SendAsync(request, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var consumer = await consumed.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        consumer.ParentSpanId.ShouldNotBe(default);
    }
}
