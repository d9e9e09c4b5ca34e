using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Incubation.Api.Funding;
using TechTransfer.Incubation.Api.Incubators;
using TechTransfer.Incubation.Api.StartUps;
using TechTransfer.Incubation.Api.StartUps.AchieveMilestone;
using TechTransfer.Incubation.Api.StartUps.Acquire;
using TechTransfer.Incubation.Api.StartUps.Admit;
using TechTransfer.Incubation.Api.StartUps.AwardLabel;
using TechTransfer.Incubation.Api.StartUps.Fail;
using TechTransfer.Incubation.Api.StartUps.Found;
using TechTransfer.Incubation.Api.StartUps.Graduate;
using TechTransfer.Incubation.Api.StartUps.Leave;
using TechTransfer.Incubation.Api.StartUps.MissMilestone;
using TechTransfer.Incubation.Api.StartUps.PlanMilestone;
using TechTransfer.Incubation.Api.StartUps.Propose;
using TechTransfer.Incubation.Api.StartUps.ReportJobs;
using TechTransfer.Incubation.Api.Technologies;
using TechTransfer.Testing.Rules;
using Rounds = TechTransfer.Contracts.Financing;

namespace TechTransfer.Incubation.UnitTests;

public sealed class StartUpDecisionTests
{
    private static readonly Guid LabelId = Guid.Parse("0195c000-0000-7000-8000-0000000000d1");

    private static ProposeStartUp Proposal(string name = "Quenchless SAS", string[]? founders = null, Guid[]? technologies = null, decimal? share = 10m) =>
        new(name, founders ?? ["Ada Founder"], technologies ?? [Given.Magnet.Id], share);

    private static Func<IReadOnlyList<object>> Proposing(ProposeStartUp command) => () => ProposeStartUpDecision.Decide(Given.StartUpId, command, null, "s", Given.Now);

    private static Func<StartUp, IReadOnlyList<object>> Founding(FoundStartUp command, params KnownTechnology[] known) =>
        s => FoundStartUpDecision.Decide(s, command, Given.Known(known), "s", Given.Now);

    private static Func<StartUp, IReadOnlyList<object>> Admitting(AdmitStartUp command, Incubator? incubator) =>
        s => AdmitStartUpDecision.Decide(s, command, incubator, "m", Given.Now);

    private static Func<StartUp, IReadOnlyList<object>> Leaving(LeaveIncubator command) => s => LeaveIncubatorDecision.Decide(s, command, "m", Given.Now);

    private static Func<StartUp, IReadOnlyList<object>> Planning(PlanMilestone command, Guid id) => s => PlanMilestoneDecision.Decide(s, command, id, "m", Given.Now);

    private static Func<StartUp, IReadOnlyList<object>> Achieving(Guid id, AchieveMilestone command, DateTimeOffset? at = null) =>
        s => AchieveMilestoneDecision.Decide(s, id, command, "m", at ?? Given.Now);

    private static Func<StartUp, IReadOnlyList<object>> Missing(Guid id, MissMilestone command, DateTimeOffset at) => s => MissMilestoneDecision.Decide(s, id, command, "m", at);

    private static Func<StartUp, IReadOnlyList<object>> Reporting(ReportJobs command) => s => ReportJobsDecision.Decide(s, command, "m", Given.Now);

    private static Func<StartUp, IReadOnlyList<object>> Awarding(AwardLabel command) => s => AwardLabelDecision.Decide(s, command, LabelId, "s", Given.Now);

    private static Func<StartUp, IReadOnlyList<object>> Graduating(Graduate command) => s => GraduateDecision.Decide(s, command, "m", Given.Now);

    private static Func<StartUp, IReadOnlyList<object>> Failing(Fail command) => s => FailDecision.Decide(s, command, "m", Given.Now);

    private static Func<StartUp, IReadOnlyList<object>> Acquiring(Acquire command) => s => AcquireDecision.Decide(s, command, "m", Given.Now);

    [Fact]
    public void A_start_up_is_proposed_with_founders_technologies_and_the_facility_share_by_an_incubator()
    {
        var incubator = Given.Incubator();
        var proposed = Spec.When(() => ProposeStartUpDecision.Decide(Given.StartUpId, Proposal(technologies: [Given.Magnet.Id, Given.Magnet.Id, Given.Plasma.Id]), incubator, "m-1",
                Given.Now))
            .Then(new StartUpProposed(Given.StartUpId, "Quenchless SAS", ["Ada Founder"], [Given.Magnet.Id, Given.Plasma.Id], 10m, incubator.Id, Given.Organisation, "m-1",
                Given.Now));
        StartUp.From(proposed)!.Status.ShouldBe(StartUpStatus.Proposed);
    }

    [Theory]
    [InlineData(" ", null, "start-up-is-named")]
    [InlineData("Quenchless", "", "start-up-has-founders")]
    [InlineData("Quenchless", "dup", "start-up-has-founders")]
    public void A_proposal_is_named_and_has_founders(string name, string? founder, string rule) =>
        Spec.When(Proposing(Proposal(name, founder switch { null => ["Ada"], "dup" => ["Ada", "Ada"], _ => [founder] }))).ThenRefused(rule);

    [Fact]
    public void A_proposal_is_founded_on_technologies_and_the_share_is_a_percentage()
    {
        Spec.When(Proposing(Proposal(technologies: []))).ThenRefused("start-up-is-founded-on-technologies");
        Spec.When(Proposing(Proposal(share: 100.5m))).ThenRefused("equity-share-is-a-percentage");
        Spec.When(Proposing(Proposal(share: -1m))).ThenRefused("equity-share-is-a-percentage");
    }

    [Fact]
    public void Founding_records_the_registration_and_each_technology_with_its_facility()
    {
        var founded = Spec.Given(Given.Proposal)
            .When(Founding(new FoundStartUp(" RCS 1 ", Given.Today.AddDays(-3)), Given.Magnet))
            .Then(new StartUpFounded("Quenchless SAS", [new FoundingTechnology(Given.Magnet.Id, "Quench detector", "CERN")], "RCS 1", Given.Today.AddDays(-3), 10m, "s",
                Given.Now));
        StartUp.From([Given.Proposed(), .. founded])!.Status.ShouldBe(StartUpStatus.Active);
    }

    [Fact]
    public void Founding_needs_every_technology_known_with_its_ip_ownership_agreed()
    {
        var proposal = Spec.Given(StartUp.From, Given.Proposed(Given.Magnet.Id, Given.Plasma.Id));
        proposal.When(Founding(new FoundStartUp("RCS 1"), Given.Magnet)).ThenRefused("technology-is-known");
        proposal.When(Founding(new FoundStartUp("RCS 1"), Given.Magnet, Given.Plasma with { IpOwnershipAgreed = false })).ThenRefused("ip-ownership-is-agreed");
    }

    [Fact]
    public void A_start_up_is_founded_once_with_a_registration_number_and_not_in_the_future()
    {
        Spec.Given(Given.Active).When(Founding(new FoundStartUp("RCS 1"), Given.Magnet)).ThenRefused("start-up-is-founded-once", RuleKind.CurrentState);
        Spec.Given(Given.Proposal).When(Founding(new FoundStartUp(" "), Given.Magnet)).ThenRefused("registration-number-is-given");
        Spec.Given(Given.Proposal).When(Founding(new FoundStartUp("RCS 1", Given.Today.AddDays(1)), Given.Magnet)).ThenRefused("founding-date-is-not-in-the-future");
    }

    [Fact]
    public void An_active_start_up_is_admitted_to_a_cohort_covering_the_admission_date()
    {
        var incubator = Given.Incubator();
        var admitted = Spec.Given(Given.Active)
            .When(s => AdmitStartUpDecision.Decide(s, new AdmitStartUp(incubator.Id, Given.CohortId), incubator, "m-1", Given.Now))
            .Then(new StartUpAdmitted("Quenchless SAS", [Given.Magnet.Id], incubator.Id, "St. Genis Technoparc", Given.Organisation, Given.CohortId, "2026 spring", Given.Today,
                "m-1", Given.Now));
        var state = Given.Active([.. admitted]);
        (state.IncubatorId, state.CohortId, state.IncubatorOrganisationId).ShouldBe((incubator.Id, Given.CohortId, Given.Organisation));
    }

    [Fact]
    public void Admission_needs_a_founded_active_start_up_and_a_known_incubator()
    {
        var incubator = Given.Incubator();
        var command = new AdmitStartUp(incubator.Id, Given.CohortId);
        Spec.Given(Given.Proposal).When(Admitting(command, incubator)).ThenRefused("start-up-is-founded");
        Spec.Given(Given.Active, new StartUpFailed("Q", [], Given.Today, "no cash", "s", Given.Now)).When(Admitting(command, incubator)).ThenRefused("start-up-is-active");
        Spec.Given(Given.Active).When(Admitting(command, null)).ThenRefused("incubator-is-known");
    }

    [Fact]
    public void Admission_is_to_one_incubator_at_a_time()
    {
        var incubator = Given.Incubator();
        Spec.Given(Given.Active, Given.Admitted(incubator))
            .When(Admitting(new AdmitStartUp(incubator.Id, Given.CohortId), incubator))
            .ThenRefused("one-incubator-at-a-time", RuleKind.CurrentState);
        Spec.Given(Given.Active, Given.Admitted(incubator), new StartUpLeftIncubator(incubator.Id, Given.Today, null, "m", Given.Now))
            .When(Admitting(new AdmitStartUp(incubator.Id, Given.CohortId), incubator))
            .Then<StartUpAdmitted>(admitted => (admitted.IncubatorId, admitted.CohortId, admitted.AdmittedOn).ShouldBe((incubator.Id, Given.CohortId, Given.Today)));
    }

    [Fact]
    public void The_cohort_belongs_to_the_incubator_covers_the_date_and_is_given_when_the_incubator_has_cohorts()
    {
        var incubator = Given.Incubator();
        var active = Spec.Given(Given.Active);
        active.When(Admitting(new AdmitStartUp(incubator.Id, Guid.NewGuid()), incubator)).ThenRefused("cohort-belongs-to-the-incubator");
        active.When(Admitting(new AdmitStartUp(incubator.Id, Given.CohortId, Given.Today.AddMonths(-3)), incubator)).ThenRefused("cohort-covers-the-admission-date");
        active.When(Admitting(new AdmitStartUp(incubator.Id), incubator)).ThenRefused("cohort-is-given");
        active.When(Admitting(new AdmitStartUp(incubator.Id), Given.Incubator(withCohort: false)))
            .Then<StartUpAdmitted>(admitted => (admitted.CohortId, admitted.CohortName).ShouldBe((null, null)));
    }

    [Fact]
    public void Admission_dates_are_not_in_the_future_nor_before_founding()
    {
        var incubator = Given.Incubator(withCohort: false);
        Spec.Given(Given.Active).When(Admitting(new AdmitStartUp(incubator.Id, null, Given.Today.AddDays(1)), incubator)).ThenRefused("admission-date-is-not-in-the-future");
        Spec.Given(Given.Active).When(Admitting(new AdmitStartUp(incubator.Id, null, Given.Today.AddYears(-2)), incubator)).ThenRefused("admission-is-not-before-founding");
    }

    [Fact]
    public void A_start_up_leaves_only_the_incubator_it_is_in_and_not_before_admission()
    {
        var incubator = Given.Incubator();
        Spec.Given(Given.Active).When(Leaving(new LeaveIncubator())).ThenRefused("start-up-is-in-an-incubator");
        var inside = Spec.Given(Given.Active, Given.Admitted(incubator));
        inside.When(Leaving(new LeaveIncubator(Given.Today.AddMonths(-2)))).ThenRefused("leaving-is-not-before-admission");
        inside.When(Leaving(new LeaveIncubator(Given.Today.AddDays(1)))).ThenRefused("leaving-date-is-not-in-the-future");
        var left = inside.When(Leaving(new LeaveIncubator(null, "moved to Geneva"))).Then(new StartUpLeftIncubator(incubator.Id, Given.Today, "moved to Geneva", "m", Given.Now));
        var state = Given.Active([Given.Admitted(incubator), .. left]);
        state.IncubatorId.ShouldBeNull();
        state.IncubatorOrganisationId.ShouldBe(Given.Organisation);
        state.Admissions.Single().LeftReason.ShouldBe("moved to Geneva");
    }

    [Fact]
    public void Milestones_are_planned_on_an_active_start_up_standard_ones_titled_by_default_free_ones_by_the_planner()
    {
        var id = Guid.NewGuid();
        Spec.Given(Given.Active)
            .When(Planning(new PlanMilestone(MilestoneKind.FirstCustomer, Given.Today.AddMonths(2)), id))
            .Then(new MilestonePlanned(id, MilestoneKind.FirstCustomer, "First customer", Given.Today.AddMonths(2), "m", Given.Now));
        Spec.Given(Given.Active).When(Planning(new PlanMilestone(MilestoneKind.Other, Given.Today), id)).ThenRefused("free-milestone-is-titled");
        Spec.Given(Given.Active).When(Planning(new PlanMilestone(MilestoneKind.ProductLaunched, Given.Today), id)).ThenRefused("product-launch-names-the-product");
        Spec.Given(Given.Proposal).When(Planning(new PlanMilestone(MilestoneKind.FirstCustomer, Given.Today), id)).ThenRefused("start-up-is-founded");
        Spec.Given(Given.Active).When(Planning(new PlanMilestone(null, Given.Today), id)).ThenRefused("milestone-kind-is-given");
        Spec.Given(Given.Active).When(Planning(new PlanMilestone(MilestoneKind.FirstRevenue, null), id)).ThenRefused("due-date-is-given");
    }

    [Fact]
    public void Achieving_a_milestone_takes_evidence_once_and_a_product_launch_also_announces_the_product()
    {
        var prototype = Guid.NewGuid();
        var launch = Guid.NewGuid();
        var planned = Spec.Given(Given.Active, Given.Planned(prototype), Given.Planned(launch, MilestoneKind.ProductLaunched, title: "QD-1 quench detector"));

        planned.When(Achieving(prototype, new AchieveMilestone("Demo at CERN")))
            .Then(new MilestoneAchieved("Quenchless SAS", [Given.Magnet.Id], prototype, MilestoneKind.PrototypeBuilt, "Prototype built", Given.Today, "Demo at CERN", "m", Given.Now));
        planned.When(Achieving(launch, new AchieveMilestone("Catalogue page, first invoice"))).Then(
            new MilestoneAchieved("Quenchless SAS", [Given.Magnet.Id], launch, MilestoneKind.ProductLaunched, "QD-1 quench detector", Given.Today, "Catalogue page, first invoice",
                "m", Given.Now),
            new ProductLaunched("Quenchless SAS", [Given.Magnet.Id], launch, "QD-1 quench detector", Given.Today, "m", Given.Now));

        var demo = Spec.Given(Given.Active, Given.Planned(prototype)).When(Achieving(prototype, new AchieveMilestone("Demo")))
            .Then<MilestoneAchieved>(achieved => achieved.Evidence.ShouldBe("Demo"));
        Given.Active(Given.Planned(prototype), demo).Milestones.Single().Status.ShouldBe(MilestoneStatus.Achieved);
        Spec.Given(Given.Active, Given.Planned(prototype), demo).When(Achieving(prototype, new AchieveMilestone("Demo"))).ThenRefused("milestone-is-open", RuleKind.CurrentState);
        planned.When(Achieving(prototype, new AchieveMilestone(" x "))).ThenRefused("achievement-has-evidence");
        planned.When(Achieving(prototype, new AchieveMilestone("Demo", Given.Today.AddDays(1)))).ThenRefused("achievement-date-is-not-in-the-future");
        planned.When(Achieving(prototype, new AchieveMilestone("Demo", Given.Today.AddYears(-3)))).ThenRefused("achievement-is-not-before-founding");
        planned.When(Achieving(Guid.NewGuid(), new AchieveMilestone("Demo"))).ThenThrows<NotFoundException>();
    }

    [Fact]
    public void A_milestone_is_missed_once_and_only_after_its_due_date()
    {
        var id = Guid.NewGuid();
        var due = Spec.Given(Given.Active, Given.Planned(id, due: Given.Today));
        due.When(Missing(id, new MissMilestone(), Given.Now)).ThenRefused("milestone-is-overdue", RuleKind.CurrentState);
        var missed = due.When(Missing(id, new MissMilestone("supplier late"), Given.Now.AddDays(1)))
            .Then(new MilestoneMissed(id, Given.Today.AddDays(1), "supplier late", "m", Given.Now.AddDays(1)));
        Given.Active([Given.Planned(id, due: Given.Today), .. missed]).Milestones.Single().IsLate(Given.Today.AddDays(5)).ShouldBeFalse();
        var after = Spec.Given(Given.Active, [Given.Planned(id, due: Given.Today), .. missed]);
        after.When(Missing(id, new MissMilestone(), Given.Now.AddDays(2))).ThenRefused("milestone-is-open");
        after.When(Achieving(id, new AchieveMilestone("late demo"), Given.Now.AddDays(2))).ThenRefused("milestone-is-open");
    }

    [Fact]
    public void Milestones_move_only_on_an_active_start_up()
    {
        var id = Guid.NewGuid();
        var graduated = Spec.Given(Given.Active, Given.Admitted(Given.Incubator()), Given.Planned(id), new StartUpGraduated("Q", [], Given.Today, null, "m", Given.Now));
        graduated.When(Achieving(id, new AchieveMilestone("Demo"))).ThenRefused("start-up-is-active");
        graduated.When(Missing(id, new MissMilestone(), Given.Now.AddYears(1))).ThenRefused("start-up-is-active");
    }

    [Fact]
    public void Jobs_are_reported_with_researchers_and_engineers_within_the_head_count_and_the_latest_date_wins()
    {
        var report = Spec.Given(Given.Active).When(Reporting(new ReportJobs(12, 7, Given.Today.AddMonths(-1))))
            .Then(new JobsReported("Quenchless SAS", [Given.Magnet.Id], Given.Today.AddMonths(-1), 12, 7, "m", Given.Now));
        var older = Spec.Given(Given.Active).When(Reporting(new ReportJobs(5, 5, Given.Today.AddMonths(-6))))
            .Then(new JobsReported("Quenchless SAS", [Given.Magnet.Id], Given.Today.AddMonths(-6), 5, 5, "m", Given.Now));
        var state = Given.Active([.. report, .. older]);
        state.LatestJobs.ShouldBe(new JobsReport(Given.Today.AddMonths(-1), 12, 7));
        state.JobsAsOf(Given.Today.AddMonths(-3))!.HeadCount.ShouldBe(5);

        Spec.Given(Given.Active).When(Reporting(new ReportJobs(3, 4))).ThenRefused("researchers-and-engineers-within-head-count");
        Spec.Given(Given.Active).When(Reporting(new ReportJobs(-1, 0))).ThenRefused("head-count-is-not-negative");
        Spec.Given(Given.Active).When(Reporting(new ReportJobs(3, 1, Given.Today.AddDays(1)))).ThenRefused("jobs-date-is-not-in-the-future");
        Spec.Given(Given.Active).When(Reporting(new ReportJobs(3, 1, Given.Today.AddYears(-2)))).ThenRefused("jobs-date-is-not-before-founding");
        Spec.Given(Given.Proposal).When(Reporting(new ReportJobs(3, 1))).ThenRefused("start-up-is-founded");
        Spec.Given(Given.Active, new StartUpFailed("Q", [], Given.Today, "cash", "m", Given.Now)).When(Reporting(new ReportJobs(3, 1))).ThenRefused("start-up-has-not-failed");
        Spec.Given(Given.Active, new StartUpAcquired("Q", [], "Big SA", Given.Today, null, "m", Given.Now))
            .When(Reporting(new ReportJobs(30, 10)))
            .Then<JobsReported>(jobs => (jobs.HeadCount, jobs.ResearchersAndEngineers).ShouldBe((30, 10)));
    }

    [Fact]
    public void A_label_expires_after_its_award_and_is_not_held_twice_at_once()
    {
        var award = Spec.Given(Given.Active).When(Awarding(new AwardLabel("Innovative Cluster Company", Given.Today.AddYears(2))))
            .Then(new LabelAwarded(LabelId, "Innovative Cluster Company", Given.Today, Given.Today.AddYears(2), null, "s", Given.Now));
        var state = Given.Active([.. award]);
        state.Labels.Single().HeldOn(Given.Today.AddYears(2)).ShouldBeTrue();
        state.Labels.Single().HeldOn(Given.Today.AddYears(2).AddDays(1)).ShouldBeFalse();

        Spec.Given(Given.Active, [.. award])
            .When(Awarding(new AwardLabel("innovative cluster company", Given.Today.AddYears(1))))
            .ThenRefused("label-is-not-already-held", RuleKind.CurrentState);
        Spec.Given(Given.Active).When(Awarding(new AwardLabel("Label", Given.Today))).ThenRefused("label-expires-after-award");
        Spec.Given(Given.Active).When(Awarding(new AwardLabel(" ", Given.Today.AddDays(9)))).ThenRefused("label-is-named");
        Spec.Given(Given.Active).When(Awarding(new AwardLabel("Label", Given.Today.AddDays(9), Given.Today.AddDays(1)))).ThenRefused("award-date-is-not-in-the-future");
    }

    [Fact]
    public void Graduation_needs_an_admission_and_ends_the_stay()
    {
        var incubator = Given.Incubator();
        Spec.Given(Given.Active).When(Graduating(new Graduate())).ThenRefused("graduation-needs-admission", RuleKind.CurrentState);
        var inside = Spec.Given(Given.Active, Given.Admitted(incubator));
        inside.When(Graduating(new Graduate(Given.Today.AddMonths(-2)))).ThenRefused("graduation-is-not-before-admission");
        var graduation = inside.When(Graduating(new Graduate(null, "ready")))
            .Then(new StartUpGraduated("Quenchless SAS", [Given.Magnet.Id], Given.Today, "ready", "m", Given.Now));
        var graduated = Given.Active([Given.Admitted(incubator), .. graduation]);
        graduated.Status.ShouldBe(StartUpStatus.Graduated);
        graduated.IncubatorId.ShouldBeNull();
        graduated.Admissions.Single().LeftReason.ShouldBe("graduated");
        graduated.AliveOn(Given.Today).ShouldBeTrue();
    }

    [Fact]
    public void Outcomes_are_terminal_and_each_needs_an_active_start_up()
    {
        var failure = Spec.Given(Given.Active).When(Failing(new Fail("ran out of cash")))
            .Then(new StartUpFailed("Quenchless SAS", [Given.Magnet.Id], Given.Today, "ran out of cash", "m", Given.Now));
        var failed = Given.Active([.. failure]);
        failed.Status.ShouldBe(StartUpStatus.Failed);
        failed.AliveOn(Given.Today).ShouldBeFalse();
        failed.AliveOn(Given.Today.AddDays(-1)).ShouldBeTrue();
        foreach (var decide in new[] { Graduating(new Graduate()), Failing(new Fail("again")), Acquiring(new Acquire("Big SA")) })
        {
            Spec.Given(Given.Active, [.. failure]).When(decide).ThenRefused("start-up-is-active");
            Spec.Given(Given.Proposal).When(decide).ThenRefused("start-up-is-founded");
        }
        var acquisition = Spec.Given(Given.Active).When(Acquiring(new Acquire("Big SA")))
            .Then(new StartUpAcquired("Quenchless SAS", [Given.Magnet.Id], "Big SA", Given.Today, null, "m", Given.Now));
        var acquired = Given.Active([.. acquisition]);
        (acquired.Status, acquired.Acquirer, acquired.AliveOn(Given.Today)).ShouldBe((StartUpStatus.Acquired, "Big SA", true));
    }

    [Fact]
    public void Outcomes_have_reasons_names_and_sensible_dates()
    {
        Spec.Given(Given.Active).When(Failing(new Fail(" x "))).ThenRefused("failure-has-a-reason");
        Spec.Given(Given.Active).When(Acquiring(new Acquire(" "))).ThenRefused("acquirer-is-named");
        Spec.Given(Given.Active).When(Failing(new Fail("cash", Given.Today.AddDays(1)))).ThenRefused("outcome-date-is-not-in-the-future");
        Spec.Given(Given.Active).When(Acquiring(new Acquire("Big SA", Given.Today.AddYears(-3)))).ThenRefused("outcome-date-is-not-before-founding");
    }

    [Fact]
    public void Closed_rounds_add_up_per_currency_public_private_and_unsplit_and_a_round_is_kept_once_by_its_id()
    {
        var split = new Rounds.RoundClosed(Guid.NewGuid(), Given.StartUpId, "equity", 300_000m, "EUR", Given.Today, Given.Now, 81_000m, 219_000m);
        var old = new Rounds.RoundClosed(Guid.NewGuid(), Given.StartUpId, "grant", 50_000m, "eur", Given.Today, Given.Now);
        var half = new Rounds.RoundClosed(Guid.NewGuid(), Given.StartUpId, "loan", 10_000m, "EUR", Given.Today, Given.Now, PublicAmount: 10_000m);
        var chf = new Rounds.RoundClosed(Guid.NewGuid(), Given.StartUpId, "grant", 20_000m, "CHF", Given.Today, Given.Now, 20_000m, 0m);

        var rounds = new[] { split, old, half, chf }.Select(r => FundingRules.Of(r, Given.Now)).ToList();
        rounds[0].Id.ShouldBe(split.RoundId);
        (rounds[1].Currency, rounds[1].PublicAmount, rounds[1].PrivateAmount).ShouldBe(("EUR", null, null));
        (rounds[2].PublicAmount, rounds[2].PrivateAmount).ShouldBe((10_000m, 0m));

        var profile = Given.Active().WithFunding(rounds);
        profile.Funding.ShouldBe([new FundingToDate("CHF", 1, 20_000m, 20_000m, 0m, 0m), new FundingToDate("EUR", 3, 360_000m, 91_000m, 219_000m, 50_000m)]);
        FundingRules.Of(split, Given.Now.AddDays(1)).Id.ShouldBe(rounds[0].Id);
    }
}
