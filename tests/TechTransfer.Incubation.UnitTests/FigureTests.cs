using TechTransfer.Incubation.Api.Figures;
using TechTransfer.Incubation.Api.Funding;
using TechTransfer.Incubation.Api.StartUps;
using TechTransfer.Incubation.Api.StartUps.Acquire;
using TechTransfer.Incubation.Api.StartUps.Fail;
using TechTransfer.Incubation.Api.StartUps.ReportJobs;

namespace TechTransfer.Incubation.UnitTests;

public sealed class FigureTests
{
    private static StartUp Founded(string name, DateOnly on, string facility, params object[] events) => Given.FoundedOn(name, on, facility, events);

    private static StartUpFailed FailedOn(DateOnly on) => Given.FailedOn(on);

    [Fact]
    public void Survival_counts_who_is_alive_at_each_year_end_failed_ones_drop_out_acquired_ones_stay()
    {
        var group = new[]
        {
            Founded("A", new DateOnly(2023, 3, 1), "CERN"),
            Founded("B", new DateOnly(2023, 5, 1), "CERN", FailedOn(new DateOnly(2024, 6, 30))),
            Founded("C", new DateOnly(2023, 9, 1), "JET", new StartUpAcquired("C", [], "Big SA", new DateOnly(2024, 1, 10), null, "s", Given.Now)),
            Founded("D", new DateOnly(2023, 9, 1), "JET", FailedOn(new DateOnly(2026, 1, 5))),
        };
        var survival = FigureCalculations.Survival("founded in 2023", group, 2023, Given.Today);
        survival.Size.ShouldBe(4);
        survival.Years.Select(y => (y.Year, y.Alive)).ShouldBe([(2023, 4), (2024, 3), (2025, 3), (2026, 2)]);
        survival.Years[^1].AsOf.ShouldBe(Given.Today);
        survival.Years[1].Rate.ShouldBe(0.75m);
    }

    [Fact]
    public void Year_counts_per_facility_created_alive_and_jobs_as_of_the_year_end()
    {
        var a = Founded("A", new DateOnly(2025, 2, 1), "CERN",
            new JobsReported("A", [], new DateOnly(2025, 6, 1), 4, 3, "m", Given.Now), new JobsReported("A", [], new DateOnly(2026, 2, 1), 9, 5, "m", Given.Now));
        var b = Founded("B", new DateOnly(2024, 2, 1), "CERN", new JobsReported("B", [], new DateOnly(2024, 6, 1), 6, 2, "m", Given.Now));
        var c = Founded("C", new DateOnly(2025, 3, 1), "JET", FailedOn(new DateOnly(2025, 11, 1)));
        var counts = FigureCalculations.Year(2025, [a, b, c], Given.Today);
        counts.AsOf.ShouldBe(new DateOnly(2025, 12, 31));
        counts.ByFacility.ShouldBe([new FacilityCounts("CERN", 1, 2, 10, 5), new FacilityCounts("JET", 1, 0, 0, 0)]);
        (counts.StartUpsCreated, counts.Alive, counts.Jobs).ShouldBe((2, 2, 10));
        FigureCalculations.Year(2026, [a, b, c], Given.Today).Jobs.ShouldBe(15);
    }

    [Fact]
    public void The_dashboard_lists_late_milestones_funding_and_latest_jobs_of_the_cohort()
    {
        var incubator = Given.Incubator();
        var cohort = incubator.Cohorts.Single();
        var late = Guid.NewGuid();
        var member = Given.Active(Given.Admitted(incubator), Given.Planned(late, due: Given.Today.AddDays(-10)), Given.Planned(Guid.NewGuid(), due: Given.Today.AddDays(5)),
            new JobsReported("Q", [], Given.Today, 7, 3, "m", Given.Now))
            .WithFunding([new FundingRound(Guid.NewGuid(), Given.StartUpId, "grant", "EUR", 50_000m, 50_000m, 0m, Given.Today, Given.Now)]);
        var dashboard = FigureCalculations.Dashboard(incubator, cohort, [member], Given.Today);
        dashboard.LateMilestones.ShouldBe(1);
        dashboard.Members.Single().LateMilestones.Single().ShouldBe(new LateMilestone(late, "Prototype built", MilestoneKind.PrototypeBuilt, Given.Today.AddDays(-10), 10));
        (dashboard.Jobs, dashboard.ResearchersAndEngineers, dashboard.Alive).ShouldBe((7, 3, 1));
        dashboard.Funding.Single().ShouldBe(new FundingToDate("EUR", 1, 50_000m, 50_000m, 0m, 0m));
    }
}
