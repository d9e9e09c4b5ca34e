using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using TechTransfer.Client;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Financing;

namespace TechTransfer.UnitTests.Client;

/// <summary>
/// The registration's resilience: a read that meets a transient failure is retried; a write is sent once,
/// never repeated by the client (a lost answer may hide a committed write), and the failure reaches the caller.
/// </summary>
public sealed class ResilienceTests
{
    /// <summary>Answers 503 to everything and remembers what it was sent, with which credentials.</summary>
    private sealed class Unavailable(List<HttpRequestMessage> seen) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen) seen.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request });
        }
    }

    private static ServiceProvider Client(List<HttpRequestMessage> seen) => new ServiceCollection().AddTechTransferClient(o =>
    {
        o.Disclosures = new Uri("http://disclosures.test/");
        o.Financing = new Uri("http://financing.test/");
        o.ApiKey = "ttk_test";
        o.MaxRetryAttempts = 1;
        o.PrimaryHandler = () => new Unavailable(seen);
    }).BuildServiceProvider();

    [Fact]
    public async Task A_read_is_retried_on_a_transient_failure_and_sends_the_api_key()
    {
        List<HttpRequestMessage> seen = [];
        await using var provider = Client(seen);

        var failure = await Should.ThrowAsync<ApiException>(() => provider.GetRequiredService<IDisclosuresApi>().SearchCatalogueAsync(
            new CatalogueQuery { Q = "quench", PageSize = 5 }, TestContext.Current.CancellationToken));

        failure.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        seen.Count.ShouldBe(2);
        seen.ShouldAllBe(r => r.Method == HttpMethod.Get && r.Headers.GetValues("X-Api-Key").Single() == "ttk_test");
        seen[0].RequestUri!.ToString().ShouldBe("http://disclosures.test/catalogue?q=quench&pageSize=5");
    }

    [Fact]
    public async Task A_write_is_sent_once()
    {
        List<HttpRequestMessage> seen = [];
        await using var provider = Client(seen);

        var failure = await Should.ThrowAsync<ApiException>(() => provider.GetRequiredService<IFinancingApi>().CommitAsync(
            Guid.NewGuid(), new Commit(100m, "EUR"), ETags.For(3), TestContext.Current.CancellationToken));

        failure.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var sent = seen.ShouldHaveSingleItem();
        sent.Method.ShouldBe(HttpMethod.Post);
        sent.Headers.IfMatch.ToString().ShouldBe("\"3\"");
    }
}
