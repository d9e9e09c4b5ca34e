using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Contracts.Disclosures;
using TechTransfer.Incubation.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Incubation.IntegrationTests;

/// <summary>"Today" comes from TimeProvider: a host whose clock the test moves shows milestones turning late, then missed.</summary>
public sealed class MovedClockTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly MovableClock _clock = new();
    private readonly ClockedFixture _incubation = new(infrastructure);

    public async ValueTask InitializeAsync()
    {
        _incubation.Clock = _clock;
        await _incubation.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _incubation.DisposeAsync();

    [Fact]
    public async Task A_milestone_turns_late_on_the_dashboard_when_its_due_date_passes_and_can_then_be_declared_missed()
    {
        var today = IncubationFixture.Today;
        var organisation = Guid.NewGuid();
        using var manager = Client(Roles.IncubatorManager, organisation);
        using var staff = Client(Roles.Staff);

        // The IP agreement may reach Incubation before the disclosure itself: both facts are kept
        var technology = Guid.NewGuid();
        await _incubation.OtherServices.PublishAsync(new IpOwnershipAgreed(technology, [new OwnerShare("ITER", "facility", 100m)], "IPA-ITER", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await staff.GetAsync($"/technologies/{technology}")).IsSuccessStatusCode, "agreement known");
        await _incubation.OtherServices.PublishAsync(new TechnologyDisclosed(technology, "Remote handling arm", "ITER", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await staff.GetOkAsync($"/technologies/{technology}")).GetProperty("facility").GetString() == "ITER", "disclosure known");
        (await staff.GetOkAsync($"/technologies/{technology}")).GetProperty("ipOwnershipAgreed").GetBoolean().ShouldBeTrue();

        var incubatorId = (await staff.PostOkAsync("/incubators", new { name = "ITER business nursery", region = "PACA", kind = "BusinessNursery", organisationId = organisation }))
            .GetProperty("id").GetGuid();
        var cohortId = (await manager.PostOkAsync($"/incubators/{incubatorId}/cohorts", new { name = "Cadarache 1", startsOn = today, endsOn = today.AddYears(1) }))
            .GetProperty("partId").GetGuid();
        var id = await IncubationFixture.ProposeAsync(manager, "Robotarm SAS", technology);
        await manager.PostOkAsync($"/start-ups/{id}/founding", new { registrationNumber = "RCS Aix 1" });
        await manager.PostOkAsync($"/start-ups/{id}/admission", new { incubatorId, cohortId });
        var milestone = (await manager.PostOkAsync($"/start-ups/{id}/milestones", new { kind = "FirstCustomer", dueOn = today.AddDays(5) })).GetProperty("partId").GetGuid();

        (await manager.GetOkAsync($"/incubators/{incubatorId}/cohorts/{cohortId}/dashboard")).GetProperty("lateMilestones").GetInt32().ShouldBe(0);
        (await (await manager.PostAsync($"/start-ups/{id}/milestones/{milestone}/miss", new { })).ProblemAsync(409)).GetProperty("rule").GetString()
            .ShouldBe("milestone-is-overdue");

        // When eight days pass
        _clock.Offset = TimeSpan.FromDays(8);

        var dashboard = await manager.GetOkAsync($"/incubators/{incubatorId}/cohorts/{cohortId}/dashboard");
        dashboard.GetProperty("lateMilestones").GetInt32().ShouldBe(1);
        dashboard.GetProperty("members")[0].GetProperty("lateMilestones")[0].GetProperty("daysLate").GetInt32().ShouldBe(3);
        await manager.PostOkAsync($"/start-ups/{id}/milestones/{milestone}/miss", new { reason = "the customer postponed" });
        (await manager.GetOkAsync($"/incubators/{incubatorId}/cohorts/{cohortId}/dashboard")).GetProperty("lateMilestones").GetInt32().ShouldBe(0);
        var missed = (await manager.GetOkAsync($"/start-ups/{id}")).GetProperty("milestones")[0];
        missed.GetProperty("status").GetString().ShouldBe("Missed");
        missed.GetProperty("missedOn").GetString().ShouldBe(today.AddDays(8).ToString("yyyy-MM-dd"));

        // And a manager whose organisation runs no incubator cannot propose
        using var stranger = Client(Roles.IncubatorManager, Guid.NewGuid());
        (await (await stranger.PostAsync("/start-ups", new { name = "Lost SAS", founders = new[] { "A" }, technologyIds = new[] { technology }, facilityEquityShare = 0 }))
            .ProblemAsync(422)).GetProperty("rule").GetString().ShouldBe("manager-runs-an-incubator");
    }

    private HttpClient Client(string role, Guid? organisation = null)
    {
        // Valid on the real clock and on the moved one, whichever the token check reads.
        var client = _incubation.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestIdentity.TokenFor(role, role == Roles.Staff ? "olga.staff" : "mia.manager", organisation, lifetime: TimeSpan.FromDays(30)));
        return client;
    }

    private sealed class ClockedFixture(TestInfrastructure infrastructure) : IncubationFixture(infrastructure)
    {
        public MovableClock Clock { get; set; } = null!;

        protected override WebApplicationFactory<IncubationApi> Customise(ServiceHost<IncubationApi> host) =>
            host.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
    }
}
