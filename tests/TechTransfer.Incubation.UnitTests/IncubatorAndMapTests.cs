using JasperFx.Events;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Incubation.Api.Incubators;
using TechTransfer.Incubation.Api.Incubators.OpenCohort;
using TechTransfer.Incubation.Api.Incubators.Register;
using TechTransfer.Incubation.Api.Integration;
using TechTransfer.Incubation.Api.StartUps;
using TechTransfer.Incubation.Api.StartUps.AchieveMilestone;
using TechTransfer.Incubation.Api.StartUps.Acquire;
using TechTransfer.Incubation.Api.StartUps.AwardLabel;
using TechTransfer.Incubation.Api.StartUps.Fail;
using TechTransfer.Incubation.Api.StartUps.Found;
using TechTransfer.Incubation.Api.StartUps.GetStartUpHistory;
using TechTransfer.Incubation.Api.StartUps.Graduate;
using TechTransfer.Incubation.Api.StartUps.Leave;
using TechTransfer.Incubation.Api.StartUps.MissMilestone;
using TechTransfer.Incubation.Api.StartUps.ReportJobs;
using TechTransfer.Testing.Rules;
using Contract = TechTransfer.Contracts.Incubation;

namespace TechTransfer.Incubation.UnitTests;

public sealed class IncubatorAndMapTests
{
    private static Func<IReadOnlyList<object>> Registering(RegisterIncubator command, Guid? id = null) =>
        () => RegisterIncubatorDecision.Decide(id ?? Guid.NewGuid(), command, "s", Given.Now);

    private static Func<Incubator, IReadOnlyList<object>> Opening(OpenCohort command, Guid? id = null) =>
        i => OpenCohortDecision.Decide(i, command, id ?? Guid.NewGuid(), "s", Given.Now);

    [Fact]
    public void An_incubator_is_named_in_a_region_of_a_kind_and_bound_to_its_managers_organisation()
    {
        var id = Guid.Parse("0195c000-0000-7000-8000-0000000000d1");
        Spec.When(Registering(new RegisterIncubator(" Oxford Innovation ", "Oxfordshire", IncubatorKind.Incubator, Given.Organisation), id))
            .Then(new IncubatorRegistered(id, "Oxford Innovation", "Oxfordshire", IncubatorKind.Incubator, Given.Organisation, "s", Given.Now));
        Spec.When(Registering(new RegisterIncubator(" ", "Oxfordshire", IncubatorKind.Incubator, Given.Organisation))).ThenRefused("incubator-is-named");
        Spec.When(Registering(new RegisterIncubator("Oxford", " ", IncubatorKind.Incubator, Given.Organisation))).ThenRefused("incubator-has-a-region");
        Spec.When(Registering(new RegisterIncubator("Oxford", "Oxon", null, Given.Organisation))).ThenRefused("incubator-kind-is-given");
        Spec.When(Registering(new RegisterIncubator("Oxford", "Oxon", IncubatorKind.SciencePark, Guid.Empty))).ThenRefused("incubator-has-an-organisation");
    }

    [Fact]
    public void A_cohort_ends_after_it_starts_and_its_name_is_new_in_the_incubator()
    {
        var id = Guid.Parse("0195c000-0000-7000-8000-0000000000d2");
        var incubator = Spec.Given(Given.Incubator());
        incubator.When(Opening(new OpenCohort("2026 autumn", Given.Today, Given.Today.AddMonths(6)), id))
            .Then(new CohortOpened(id, "2026 autumn", Given.Today, Given.Today.AddMonths(6), "s", Given.Now));
        incubator.When(Opening(new OpenCohort("2026 autumn", Given.Today, Given.Today))).ThenRefused("cohort-ends-after-it-starts");
        incubator.When(Opening(new OpenCohort("2026 SPRING", Given.Today, Given.Today.AddDays(9)))).ThenRefused("cohort-name-is-new", RuleKind.CurrentState);
        incubator.When(Opening(new OpenCohort("x", Given.Today, Given.Today.AddDays(9)))).ThenRefused("cohort-is-named");
        incubator.When(Opening(new OpenCohort("Later", null, Given.Today.AddDays(9)))).ThenRefused("cohort-has-dates");
    }

    private static object? ToContract(object data) => new IncubationContractEvents().ToContract(new Event<object>(data) { StreamId = Given.StartUpId });

    [Fact]
    public void Founded_admitted_achieved_launched_jobs_and_outcomes_leave_with_technologies_and_actor_and_the_rest_stays_inside()
    {
        var incubator = Given.Incubator();
        var founded = ToContract(Given.Founded()).ShouldBeOfType<Contract.StartUpFounded>();
        (founded.StartUpId, founded.RegistrationNumber, founded.FacilityEquityShare, founded.By).ShouldBe((Given.StartUpId, "RCS 123 456 789", 10m, "staff-1"));
        founded.TechnologyIds.ShouldBe([Given.Magnet.Id]);

        var admitted = ToContract(Given.Admitted(incubator)).ShouldBeOfType<Contract.StartUpAdmitted>();
        (admitted.IncubatorName, admitted.CohortId, admitted.By).ShouldBe(("St. Genis Technoparc", Given.CohortId, "m-1"));

        var launchId = Guid.NewGuid();
        var startUp = Given.Active(Given.Planned(launchId, MilestoneKind.ProductLaunched, title: "QD-1"));
        var events = AchieveMilestoneDecision.Decide(startUp, launchId, new AchieveMilestone("First invoice"), "m-1", Given.Now);
        var achieved = ToContract(events[0]).ShouldBeOfType<Contract.MilestoneAchieved>();
        (achieved.Kind, achieved.Title).ShouldBe(("product-launched", "QD-1"));
        var launched = ToContract(events[1]).ShouldBeOfType<Contract.StartUpProductLaunched>();
        (launched.Product, launched.TechnologyIds.Single()).ShouldBe(("QD-1", Given.Magnet.Id));

        ToContract(ReportJobsDecision.Decide(Given.Active(), new ReportJobs(9, 4), "m-1", Given.Now)[0]).ShouldBeOfType<Contract.StartUpJobsReported>()
            .HeadCount.ShouldBe(9);
        ToContract(new StartUpGraduated("Q", [Given.Magnet.Id], Given.Today, null, "m", Given.Now)).ShouldBeOfType<Contract.StartUpGraduated>();
        ToContract(new StartUpFailed("Q", [Given.Magnet.Id], Given.Today, "cash", "m", Given.Now)).ShouldBeOfType<Contract.StartUpFailed>().Reason.ShouldBe("cash");
        ToContract(new StartUpAcquired("Q", [Given.Magnet.Id], "Big SA", Given.Today, null, "m", Given.Now)).ShouldBeOfType<Contract.StartUpAcquired>()
            .Acquirer.ShouldBe("Big SA");

        ToContract(Given.Proposed()).ShouldBeNull();
        ToContract(Given.Planned(Guid.NewGuid())).ShouldBeNull();
        ToContract(new MilestoneMissed(Guid.NewGuid(), Given.Today, null, "m", Given.Now)).ShouldBeNull();
        ToContract(new LabelAwarded(Guid.NewGuid(), "ICC", Given.Today, Given.Today.AddYears(1), null, "m", Given.Now)).ShouldBeNull();
        ToContract(new StartUpLeftIncubator(incubator.Id, Given.Today, null, "m", Given.Now)).ShouldBeNull();
    }

    [Fact]
    public void Milestone_kinds_have_kebab_case_wire_names_and_event_names_read_as_kebab_case()
    {
        Enum.GetValues<MilestoneKind>().Select(k => k.WireName())
            .ShouldBe(["prototype-built", "first-customer", "product-launched", "first-revenue", "funding-secured", "other"]);
        TimelineEntry.EventName(typeof(StartUpFounded)).ShouldBe("start-up-founded");
    }
}
