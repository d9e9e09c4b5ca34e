using System.Net.Http.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Plumbing;

/// <summary>Every event remembers who appended it and in which trace, whatever the service puts in its data.</summary>
public sealed class EventMetadataTests(TestInfrastructure infrastructure)
{
    private sealed record Disclosed(Guid Id);

    [Fact]
    public async Task Events_appended_by_a_request_carry_the_callers_name_and_the_trace()
    {
        await using var disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "metadata");
        await disclosures.StartReadyAsync();
        var ct = TestContext.Current.CancellationToken;

        var response = await disclosures.ClientAs(Roles.Staff, "Dr Office").PostAsJsonAsync("/technologies", Sample.Disclosure(), ct);
        var id = (await response.Content.ReadFromJsonAsync<Disclosed>(ct))!.Id;

        await using var session = disclosures.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.UserName == "Dr Office");
        events.ShouldAllBe(e => e.Headers != null && e.Headers.ContainsKey("traceparent"));
    }
}
