using System.Net;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client;
using TechTransfer.Client.Incubation;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Incubation.IntegrationTests;

/// <summary>The partner SDK's Incubation interface, driven against the real service: the published wire shapes hold.</summary>
public sealed class SdkTests(IncubationFixture incubation) : IClassFixture<IncubationFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_manager_runs_a_cohort_through_the_sdk()
    {
        var today = IncubationFixture.Today;
        var organisation = Guid.NewGuid();
        var technology = await incubation.TechnologyAsync("CERN");
        var staff = incubation.Api;
        var manager = incubation.PartnerApi(organisation);

        var incubatorId = (await staff.RegisterIncubatorAsync(new RegisterIncubator("Oxford Innovation", "Oxfordshire", IncubatorKind.Incubator, organisation), Ct)).Id;
        var cohort = await manager.OpenCohortAsync(incubatorId, new OpenCohort("2026 intake", today.AddDays(-10), today.AddMonths(6)), ETags.For(1), Ct);
        (await manager.GetIncubatorAsync(incubatorId, Ct)).Cohorts.Single().Name.ShouldBe("2026 intake");
        (await manager.GetKnownTechnologyAsync(technology, Ct)).IpOwnershipAgreed.ShouldBeTrue();

        var id = (await manager.ProposeStartUpAsync(new ProposeStartUp("Fusionware Ltd", ["Ada", "Ben"], [technology], 5m), Ct)).Id;
        await manager.FoundStartUpAsync(id, new FoundStartUp("GB 0123456"), ETags.For(1), Ct);
        await manager.AdmitStartUpAsync(id, new AdmitStartUp(incubatorId, cohort.PartId), ct: Ct);
        var milestone = await manager.PlanMilestoneAsync(id, new PlanMilestone(MilestoneKind.FirstCustomer, today.AddDays(-1)), ct: Ct);
        await manager.ReportJobsAsync(id, new ReportJobs(4, 2), ct: Ct);
        await manager.AwardLabelAsync(id, new AwardLabel("Innovative Cluster Company", today.AddYears(1)), ct: Ct);

        var dashboard = await manager.GetCohortDashboardAsync(incubatorId, cohort.PartId, Ct);
        dashboard.Members.Single().LateMilestones.Single().Id.ShouldBe(milestone.PartId);
        await manager.MissMilestoneAsync(id, milestone.PartId, new MissMilestone("customer postponed"), ct: Ct);
        await manager.LeaveIncubatorAsync(id, new LeaveIncubator(null, "moving"), ct: Ct);

        await SdkCalls.RefusedAsync(() => manager.ReportJobsAsync(id, new ReportJobs(5, 2), ETags.For(2), Ct), HttpStatusCode.PreconditionFailed);

        var profile = await manager.GetStartUpAsync(id, Ct);
        (profile.Status, profile.Milestones.Single().Status, profile.LatestJobs!.HeadCount, profile.Admissions.Single().LeftReason)
            .ShouldBe((StartUpStatus.Active, MilestoneStatus.Missed, 4, "moving"));
        (await manager.GetStartUpHistoryAsync(id, Ct)).Select(h => h.Event).ShouldContain("label-awarded");
        (await manager.ListStartUpsAsync(StartUpStatus.Active, ct: Ct)).Select(s => s.Id).ShouldBe([id]);
        (await incubation.ApiAs(Roles.Financier, "fred").ListInvestorVisibleStartUpsAsync(Ct)).ShouldContain(s => s.Id == id);
        (await manager.GetCohortSurvivalAsync(incubatorId, cohort.PartId, Ct)).Size.ShouldBe(1);

        await manager.AcquireAsync(id, new Acquire("Big Fusion plc"), ct: Ct);
        (await staff.GetYearCountsAsync(today.Year, Ct)).ByFacility.ShouldContain(f => f.Facility == "CERN");
        (await staff.GetSurvivalByFoundingYearAsync(today.Year, Ct)).Years.Last().Alive.ShouldBeGreaterThanOrEqualTo(1);
        (await staff.ListIncubatorsAsync(Ct)).ShouldContain(i => i.Id == incubatorId);

        var other = await incubation.FoundedStartUpAsync(staff, "Second SAS", "CERN");
        await staff.AdmitStartUpAsync(other, new AdmitStartUp(incubatorId, cohort.PartId), ct: Ct);
        await staff.GraduateAsync(other, new Graduate(), ct: Ct);
        var third = await incubation.FoundedStartUpAsync(staff, "Third SAS", "CERN");
        await staff.FailAsync(third, new Fail("no market"), ct: Ct);
        (await SdkCalls.RefusedAsync(() => staff.PlanMilestoneAsync(other, new PlanMilestone(MilestoneKind.ProductLaunched, today, "Widget"), ct: Ct),
            HttpStatusCode.Conflict)).Rule().ShouldBe("start-up-is-active");
        (await SdkCalls.RefusedAsync(() => staff.AchieveMilestoneAsync(other, Guid.NewGuid(), new AchieveMilestone("proof"), ct: Ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("start-up-is-active");
    }
}
