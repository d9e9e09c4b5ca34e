using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Licensing;
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
        var ct = TestContext.Current.CancellationToken;
        var (technology, _, _) = await _licensing.TechnologyReadyAsync();
        var terms = LicensingFixture.Terms(technology, await _licensing.LicenseeAsync()) with { EndsOn = LicensingFixture.Today.AddDays(1) };
        var id = await _licensing.DraftAsync(terms);
        await _licensing.SignAsync(id);
        var successorLicensee = await _licensing.LicenseeAsync(name: "Successor SA");

        _clock.Offset = TimeSpan.FromDays(3);

        var expired = await _licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("expired", out _),
            "LicenceTerminated (expired) on the broker");
        expired.Message.GetProperty("expired").GetBoolean().ShouldBeTrue();
        expired.Message.GetProperty("endedOn").GetString().ShouldBe(terms.EndsOn.ToString("yyyy-MM-dd"));
        // Valid on the real clock and on the moved one, whichever the token check reads.
        using var client = _licensing.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestIdentity.TokenFor(Roles.Staff, "olga.staff", lifetime: TimeSpan.FromDays(30)));
        var staff = SdkCalls.For<ILicensingApi>(client);
        (await staff.GetLicenceAsync(id, ct)).Status.ShouldBe("Expired");

        // The field it held is free from the day after it ended.
        var successor = (await staff.DraftLicenceAsync(LicensingFixture.Terms(technology, successorLicensee) with { StartsOn = LicensingFixture.Today.AddDays(2) }, ct)).Id;
        await staff.SignLicenceAsync(successor, new SignLicenceRequest(), ct: ct);
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
