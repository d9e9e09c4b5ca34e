using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>The scheduled expiry check, on a host whose clock the test moves and whose check runs every 200 ms.</summary>
public sealed class ExpiryCheckTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly MovableClock _clock = new();
    private readonly ClockedFixture _licensing = new(infrastructure);

    public async ValueTask InitializeAsync()
    {
        _licensing.Clock = _clock;
        await _licensing.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _licensing.DisposeAsync();

    [Fact]
    public async Task A_licence_past_its_end_date_expires_once_frees_its_exclusivity_and_says_so_on_the_broker()
    {
        var (technology, _, _) = await _licensing.TechnologyReadyAsync();
        var terms = LicensingFixture.Terms(technology, await _licensing.LicenseeAsync());
        terms["endsOn"] = LicensingFixture.Today.AddDays(1).ToString("yyyy-MM-dd");
        var id = await _licensing.DraftAsync(terms);
        await _licensing.Staff.PostOkAsync($"/licences/{id}/signature", new { });
        var successorLicensee = await _licensing.LicenseeAsync(name: "Successor SA");

        _clock.Offset = TimeSpan.FromDays(3);

        var expired = await _licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("expired", out _),
            "LicenceTerminated (expired) on the broker");
        expired.Message.GetProperty("expired").GetBoolean().ShouldBeTrue();
        expired.Message.GetProperty("endedOn").GetString().ShouldBe(terms["endsOn"]);
        using var staff = _licensing.Factory.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestIdentity.TokenFor(Roles.Staff, "olga.staff", lifetime: TimeSpan.FromDays(30)));
        (await staff.GetOkAsync($"/licences/{id}")).GetProperty("status").GetString().ShouldBe("Expired");

        // The field it held is free from the day after it ended.
        var next = LicensingFixture.Terms(technology, successorLicensee);
        next["startsOn"] = LicensingFixture.Today.AddDays(2).ToString("yyyy-MM-dd");
        var successor = (await staff.PostOkAsync("/licences", next)).GetProperty("id").GetGuid();
        await staff.PostOkAsync($"/licences/{successor}/signature", new { });
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        _licensing.Probe.Received.Count(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("expired", out _)).ShouldBe(1);
    }

    private sealed class ClockedFixture(TestInfrastructure infrastructure) : LicensingFixture(infrastructure)
    {
        public MovableClock Clock { get; set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings(string name) =>
            new Dictionary<string, string?>(base.Settings("expiry")) { ["Licensing:ExpiryCheck:Interval"] = "00:00:00.200" };

        protected override WebApplicationFactory<LicensingApi> Customise(ServiceHost<LicensingApi> host) =>
            host.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
    }
}
