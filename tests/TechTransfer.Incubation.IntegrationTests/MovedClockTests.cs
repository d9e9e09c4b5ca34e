using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Incubation;
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
        var ct = TestContext.Current.CancellationToken;
        var today = IncubationFixture.Today;
        var organisation = Guid.NewGuid();
        var manager = Api(Roles.IncubatorManager, organisation);
        var staff = Api(Roles.Staff);

        // The IP agreement may reach Incubation before the disclosure itself: both facts are kept
        var technology = Guid.NewGuid();
        await _incubation.OtherServices.PublishAsync(new IpOwnershipAgreed(technology, [new OwnerShare("ITER", "facility", 100m)], "IPA-ITER", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await Attempt.Of(() => staff.GetKnownTechnologyAsync(technology, ct))).Succeeded, "agreement known");
        await _incubation.OtherServices.PublishAsync(new TechnologyDisclosed(technology, "Remote handling arm", "ITER", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await staff.GetKnownTechnologyAsync(technology, ct)).Facility == "ITER", "disclosure known");
        (await staff.GetKnownTechnologyAsync(technology, ct)).IpOwnershipAgreed.ShouldBeTrue();

        var incubatorId = (await staff.RegisterIncubatorAsync(new RegisterIncubator("ITER business nursery", "PACA", IncubatorKind.BusinessNursery, organisation), ct)).Id;
        var cohortId = await IncubationFixture.CohortAsync(manager, incubatorId, "Cadarache 1", today, today.AddYears(1));
        var id = await IncubationFixture.ProposeAsync(manager, "Robotarm SAS", technology);
        await manager.FoundStartUpAsync(id, new FoundStartUp("RCS Aix 1"), ct: ct);
        await manager.AdmitStartUpAsync(id, new AdmitStartUp(incubatorId, cohortId), ct: ct);
        var milestone = (await manager.PlanMilestoneAsync(id, new PlanMilestone(MilestoneKind.FirstCustomer, today.AddDays(5)), ct: ct)).PartId;

        (await manager.GetCohortDashboardAsync(incubatorId, cohortId, ct)).LateMilestones.ShouldBe(0);
        (await SdkCalls.RefusedAsync(() => manager.MissMilestoneAsync(id, milestone, new MissMilestone(), ct: ct), HttpStatusCode.Conflict)).Rule()
            .ShouldBe("milestone-is-overdue");

        // When eight days pass
        _clock.Offset = TimeSpan.FromDays(8);

        var dashboard = await manager.GetCohortDashboardAsync(incubatorId, cohortId, ct);
        dashboard.LateMilestones.ShouldBe(1);
        dashboard.Members[0].LateMilestones[0].DaysLate.ShouldBe(3);
        await manager.MissMilestoneAsync(id, milestone, new MissMilestone("the customer postponed"), ct: ct);
        (await manager.GetCohortDashboardAsync(incubatorId, cohortId, ct)).LateMilestones.ShouldBe(0);
        var missed = (await manager.GetStartUpAsync(id, ct)).Milestones[0];
        missed.Status.ShouldBe(MilestoneStatus.Missed);
        missed.MissedOn.ShouldBe(today.AddDays(8));
        missed.MissReason.ShouldBe("the customer postponed");

        // And a manager whose organisation runs no incubator cannot propose
        var stranger = Api(Roles.IncubatorManager, Guid.NewGuid());
        (await SdkCalls.RefusedAsync(() => stranger.ProposeStartUpAsync(new ProposeStartUp("Lost SAS", ["A"], [technology], 0m), ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("manager-runs-an-incubator");
    }

    private IIncubationApi Api(string role, Guid? organisation = null) => SdkCalls.For<IIncubationApi>(Client(role, organisation));

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
