using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Incubation.Api.Funding;
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
using Rounds = TechTransfer.Contracts.Financing;

namespace TechTransfer.Incubation.UnitTests;

public sealed class StartUpDecisionTests
{
    private static DomainRuleViolationException Refused(Action decide) => Should.Throw<DomainRuleViolationException>(decide);

    private static ProposeStartUp Proposal(string name = "Quenchless SAS", string[]? founders = null, Guid[]? technologies = null, decimal? share = 10m) =>
        new(name, founders ?? ["Ada Founder"], technologies ?? [Given.Magnet.Id], share);

    [Fact]
    public void A_start_up_is_proposed_with_founders_technologies_and_the_facility_share_by_an_incubator()
    {
        var incubator = Given.Incubator();
        var proposed = ProposeStartUpDecision.Decide(Given.StartUpId, Proposal(technologies: [Given.Magnet.Id, Given.Magnet.Id, Given.Plasma.Id]), incubator, "m-1", Given.Now)
            .ShouldHaveSingleItem().ShouldBeOfType<StartUpProposed>();
        proposed.TechnologyIds.ShouldBe([Given.Magnet.Id, Given.Plasma.Id]);
        proposed.ProposedByIncubatorId.ShouldBe(incubator.Id);
        proposed.ProposerOrganisationId.ShouldBe(Given.Organisation);
        StartUp.From([proposed])!.Status.ShouldBe(StartUpStatus.Proposed);
    }

    [Theory]
    [InlineData(" ", null, "start-up-is-named")]
    [InlineData("Quenchless", "", "start-up-has-founders")]
    [InlineData("Quenchless", "dup", "start-up-has-founders")]
    public void A_proposal_is_named_and_has_founders(string name, string? founder, string rule) =>
        Refused(() => ProposeStartUpDecision.Decide(Given.StartUpId,
            Proposal(name, founder switch { null => ["Ada"], "dup" => ["Ada", "Ada"], _ => [founder] }), null, "s", Given.Now)).Rule.ShouldBe(rule);

    [Fact]
    public void A_proposal_is_founded_on_technologies_and_the_share_is_a_percentage()
    {
        Refused(() => ProposeStartUpDecision.Decide(Given.StartUpId, Proposal(technologies: []), null, "s", Given.Now)).Rule.ShouldBe("start-up-is-founded-on-technologies");
        Refused(() => ProposeStartUpDecision.Decide(Given.StartUpId, Proposal(share: 100.5m), null, "s", Given.Now)).Rule.ShouldBe("equity-share-is-a-percentage");
        Refused(() => ProposeStartUpDecision.Decide(Given.StartUpId, Proposal(share: -1m), null, "s", Given.Now)).Rule.ShouldBe("equity-share-is-a-percentage");
    }

    [Fact]
    public void Founding_records_the_registration_and_each_technology_with_its_facility()
    {
        var founded = FoundStartUpDecision.Decide(Given.Proposal(), new FoundStartUp(" RCS 1 ", Given.Today.AddDays(-3)), Given.Known(Given.Magnet), "s", Given.Now)
            .ShouldHaveSingleItem().ShouldBeOfType<StartUpFounded>();
        founded.RegistrationNumber.ShouldBe("RCS 1");
        founded.Technologies.ShouldBe([new FoundingTechnology(Given.Magnet.Id, "Quench detector", "CERN")]);
        StartUp.From([Given.Proposed(), founded])!.Status.ShouldBe(StartUpStatus.Active);
    }

    [Fact]
    public void Founding_needs_every_technology_known_with_its_ip_ownership_agreed()
    {
        var startUp = StartUp.From([Given.Proposed(Given.Magnet.Id, Given.Plasma.Id)])!;
        Refused(() => FoundStartUpDecision.Decide(startUp, new FoundStartUp("RCS 1"), Given.Known(Given.Magnet), "s", Given.Now)).Rule.ShouldBe("technology-is-known");
        Refused(() => FoundStartUpDecision.Decide(startUp, new FoundStartUp("RCS 1"), Given.Known(Given.Magnet, Given.Plasma with { IpOwnershipAgreed = false }), "s", Given.Now))
            .Rule.ShouldBe("ip-ownership-is-agreed");
    }

    [Fact]
    public void A_start_up_is_founded_once_with_a_registration_number_and_not_in_the_future()
    {
        var twice = Refused(() => FoundStartUpDecision.Decide(Given.Active(), new FoundStartUp("RCS 1"), Given.Known(Given.Magnet), "s", Given.Now));
        (twice.Rule, twice.Kind).ShouldBe(("start-up-is-founded-once", RuleKind.CurrentState));
        Refused(() => FoundStartUpDecision.Decide(Given.Proposal(), new FoundStartUp(" "), Given.Known(Given.Magnet), "s", Given.Now)).Rule.ShouldBe("registration-number-is-given");
        Refused(() => FoundStartUpDecision.Decide(Given.Proposal(), new FoundStartUp("RCS 1", Given.Today.AddDays(1)), Given.Known(Given.Magnet), "s", Given.Now))
            .Rule.ShouldBe("founding-date-is-not-in-the-future");
    }

    [Fact]
    public void An_active_start_up_is_admitted_to_a_cohort_covering_the_admission_date()
    {
        var incubator = Given.Incubator();
        var admitted = AdmitStartUpDecision.Decide(Given.Active(), new AdmitStartUp(incubator.Id, Given.CohortId), incubator, "m-1", Given.Now)
            .ShouldHaveSingleItem().ShouldBeOfType<StartUpAdmitted>();
        admitted.CohortName.ShouldBe("2026 spring");
        admitted.AdmittedOn.ShouldBe(Given.Today);
        var state = Given.Active(admitted);
        (state.IncubatorId, state.CohortId, state.IncubatorOrganisationId).ShouldBe((incubator.Id, Given.CohortId, Given.Organisation));
    }

    [Fact]
    public void Admission_needs_a_founded_active_start_up_and_a_known_incubator()
    {
        var incubator = Given.Incubator();
        var command = new AdmitStartUp(incubator.Id, Given.CohortId);
        Refused(() => AdmitStartUpDecision.Decide(Given.Proposal(), command, incubator, "m", Given.Now)).Rule.ShouldBe("start-up-is-founded");
        Refused(() => AdmitStartUpDecision.Decide(Given.Active(new StartUpFailed("Q", [], Given.Today, "no cash", "s", Given.Now)), command, incubator, "m", Given.Now))
            .Rule.ShouldBe("start-up-is-active");
        Refused(() => AdmitStartUpDecision.Decide(Given.Active(), command, null, "m", Given.Now)).Rule.ShouldBe("incubator-is-known");
    }

    [Fact]
    public void Admission_is_to_one_incubator_at_a_time()
    {
        var incubator = Given.Incubator();
        var inside = Given.Active(Given.Admitted(incubator));
        var refused = Refused(() => AdmitStartUpDecision.Decide(inside, new AdmitStartUp(incubator.Id, Given.CohortId), incubator, "m", Given.Now));
        (refused.Rule, refused.Kind).ShouldBe(("one-incubator-at-a-time", RuleKind.CurrentState));
        var left = Given.Active(Given.Admitted(incubator), new StartUpLeftIncubator(incubator.Id, Given.Today, null, "m", Given.Now));
        AdmitStartUpDecision.Decide(left, new AdmitStartUp(incubator.Id, Given.CohortId), incubator, "m", Given.Now).ShouldHaveSingleItem();
    }

    [Fact]
    public void The_cohort_belongs_to_the_incubator_covers_the_date_and_is_given_when_the_incubator_has_cohorts()
    {
        var incubator = Given.Incubator();
        Refused(() => AdmitStartUpDecision.Decide(Given.Active(), new AdmitStartUp(incubator.Id, Guid.NewGuid()), incubator, "m", Given.Now))
            .Rule.ShouldBe("cohort-belongs-to-the-incubator");
        Refused(() => AdmitStartUpDecision.Decide(Given.Active(), new AdmitStartUp(incubator.Id, Given.CohortId, Given.Today.AddMonths(-3)), incubator, "m", Given.Now))
            .Rule.ShouldBe("cohort-covers-the-admission-date");
        Refused(() => AdmitStartUpDecision.Decide(Given.Active(), new AdmitStartUp(incubator.Id), incubator, "m", Given.Now)).Rule.ShouldBe("cohort-is-given");
        AdmitStartUpDecision.Decide(Given.Active(), new AdmitStartUp(incubator.Id), Given.Incubator(withCohort: false), "m", Given.Now)
            .ShouldHaveSingleItem().ShouldBeOfType<StartUpAdmitted>().CohortId.ShouldBeNull();
    }

    [Fact]
    public void Admission_dates_are_not_in_the_future_nor_before_founding()
    {
        var incubator = Given.Incubator(withCohort: false);
        Refused(() => AdmitStartUpDecision.Decide(Given.Active(), new AdmitStartUp(incubator.Id, null, Given.Today.AddDays(1)), incubator, "m", Given.Now))
            .Rule.ShouldBe("admission-date-is-not-in-the-future");
        Refused(() => AdmitStartUpDecision.Decide(Given.Active(), new AdmitStartUp(incubator.Id, null, Given.Today.AddYears(-2)), incubator, "m", Given.Now))
            .Rule.ShouldBe("admission-is-not-before-founding");
    }

    [Fact]
    public void A_start_up_leaves_only_the_incubator_it_is_in_and_not_before_admission()
    {
        var incubator = Given.Incubator();
        Refused(() => LeaveIncubatorDecision.Decide(Given.Active(), new LeaveIncubator(), "m", Given.Now)).Rule.ShouldBe("start-up-is-in-an-incubator");
        var inside = Given.Active(Given.Admitted(incubator));
        Refused(() => LeaveIncubatorDecision.Decide(inside, new LeaveIncubator(Given.Today.AddMonths(-2)), "m", Given.Now)).Rule.ShouldBe("leaving-is-not-before-admission");
        Refused(() => LeaveIncubatorDecision.Decide(inside, new LeaveIncubator(Given.Today.AddDays(1)), "m", Given.Now)).Rule.ShouldBe("leaving-date-is-not-in-the-future");
        var left = LeaveIncubatorDecision.Decide(inside, new LeaveIncubator(null, "moved to Geneva"), "m", Given.Now).ShouldHaveSingleItem();
        var state = Given.Active(Given.Admitted(incubator), left);
        state.IncubatorId.ShouldBeNull();
        state.IncubatorOrganisationId.ShouldBe(Given.Organisation);
        state.Admissions.Single().LeftReason.ShouldBe("moved to Geneva");
    }

    [Fact]
    public void Milestones_are_planned_on_an_active_start_up_standard_ones_titled_by_default_free_ones_by_the_planner()
    {
        var id = Guid.NewGuid();
        PlanMilestoneDecision.Decide(Given.Active(), new PlanMilestone(MilestoneKind.FirstCustomer, Given.Today.AddMonths(2)), id, "m", Given.Now)
            .ShouldHaveSingleItem().ShouldBeOfType<MilestonePlanned>().Title.ShouldBe("First customer");
        Refused(() => PlanMilestoneDecision.Decide(Given.Active(), new PlanMilestone(MilestoneKind.Other, Given.Today), id, "m", Given.Now))
            .Rule.ShouldBe("free-milestone-is-titled");
        Refused(() => PlanMilestoneDecision.Decide(Given.Active(), new PlanMilestone(MilestoneKind.ProductLaunched, Given.Today), id, "m", Given.Now))
            .Rule.ShouldBe("product-launch-names-the-product");
        Refused(() => PlanMilestoneDecision.Decide(Given.Proposal(), new PlanMilestone(MilestoneKind.FirstCustomer, Given.Today), id, "m", Given.Now))
            .Rule.ShouldBe("start-up-is-founded");
        Refused(() => PlanMilestoneDecision.Decide(Given.Active(), new PlanMilestone(null, Given.Today), id, "m", Given.Now)).Rule.ShouldBe("milestone-kind-is-given");
        Refused(() => PlanMilestoneDecision.Decide(Given.Active(), new PlanMilestone(MilestoneKind.FirstRevenue, null), id, "m", Given.Now)).Rule.ShouldBe("due-date-is-given");
    }

    [Fact]
    public void Achieving_a_milestone_takes_evidence_once_and_a_product_launch_also_announces_the_product()
    {
        var prototype = Guid.NewGuid();
        var launch = Guid.NewGuid();
        var startUp = Given.Active(Given.Planned(prototype), Given.Planned(launch, MilestoneKind.ProductLaunched, title: "QD-1 quench detector"));

        AchieveMilestoneDecision.Decide(startUp, prototype, new AchieveMilestone("Demo at CERN"), "m", Given.Now).ShouldHaveSingleItem()
            .ShouldBeOfType<MilestoneAchieved>().Kind.ShouldBe(MilestoneKind.PrototypeBuilt);
        var events = AchieveMilestoneDecision.Decide(startUp, launch, new AchieveMilestone("Catalogue page, first invoice"), "m", Given.Now);
        events.Count.ShouldBe(2);
        var launched = events[1].ShouldBeOfType<ProductLaunched>();
        (launched.Product, launched.LaunchedOn).ShouldBe(("QD-1 quench detector", Given.Today));

        var achieved = StartUp.From([Given.Proposed(), Given.Founded(), Given.Planned(prototype), .. AchieveMilestoneDecision.Decide(startUp, prototype, new AchieveMilestone("Demo"), "m", Given.Now)])!;
        achieved.Milestones.Single().Status.ShouldBe(MilestoneStatus.Achieved);
        var again = Refused(() => AchieveMilestoneDecision.Decide(achieved, prototype, new AchieveMilestone("Demo"), "m", Given.Now));
        (again.Rule, again.Kind).ShouldBe(("milestone-is-open", RuleKind.CurrentState));
        Refused(() => AchieveMilestoneDecision.Decide(startUp, prototype, new AchieveMilestone(" x "), "m", Given.Now)).Rule.ShouldBe("achievement-has-evidence");
        Refused(() => AchieveMilestoneDecision.Decide(startUp, prototype, new AchieveMilestone("Demo", Given.Today.AddDays(1)), "m", Given.Now))
            .Rule.ShouldBe("achievement-date-is-not-in-the-future");
        Refused(() => AchieveMilestoneDecision.Decide(startUp, prototype, new AchieveMilestone("Demo", Given.Today.AddYears(-3)), "m", Given.Now))
            .Rule.ShouldBe("achievement-is-not-before-founding");
        Should.Throw<NotFoundException>(() => AchieveMilestoneDecision.Decide(startUp, Guid.NewGuid(), new AchieveMilestone("Demo"), "m", Given.Now));
    }

    [Fact]
    public void A_milestone_is_missed_once_and_only_after_its_due_date()
    {
        var id = Guid.NewGuid();
        var startUp = Given.Active(Given.Planned(id, due: Given.Today));
        var early = Refused(() => MissMilestoneDecision.Decide(startUp, id, new MissMilestone(), "m", Given.Now));
        (early.Rule, early.Kind).ShouldBe(("milestone-is-overdue", RuleKind.CurrentState));
        var missed = MissMilestoneDecision.Decide(startUp, id, new MissMilestone("supplier late"), "m", Given.Now.AddDays(1)).ShouldHaveSingleItem();
        var after = Given.Active(Given.Planned(id, due: Given.Today), missed);
        after.Milestones.Single().IsLate(Given.Today.AddDays(5)).ShouldBeFalse();
        Refused(() => MissMilestoneDecision.Decide(after, id, new MissMilestone(), "m", Given.Now.AddDays(2))).Rule.ShouldBe("milestone-is-open");
        Refused(() => AchieveMilestoneDecision.Decide(after, id, new AchieveMilestone("late demo"), "m", Given.Now.AddDays(2))).Rule.ShouldBe("milestone-is-open");
    }

    [Fact]
    public void Milestones_move_only_on_an_active_start_up()
    {
        var id = Guid.NewGuid();
        var graduated = Given.Active(Given.Admitted(Given.Incubator()), Given.Planned(id), new StartUpGraduated("Q", [], Given.Today, null, "m", Given.Now));
        Refused(() => AchieveMilestoneDecision.Decide(graduated, id, new AchieveMilestone("Demo"), "m", Given.Now)).Rule.ShouldBe("start-up-is-active");
        Refused(() => MissMilestoneDecision.Decide(graduated, id, new MissMilestone(), "m", Given.Now.AddYears(1))).Rule.ShouldBe("start-up-is-active");
    }

    [Fact]
    public void Jobs_are_reported_with_researchers_and_engineers_within_the_head_count_and_the_latest_date_wins()
    {
        var report = ReportJobsDecision.Decide(Given.Active(), new ReportJobs(12, 7, Given.Today.AddMonths(-1)), "m", Given.Now).ShouldHaveSingleItem();
        var older = ReportJobsDecision.Decide(Given.Active(), new ReportJobs(5, 5, Given.Today.AddMonths(-6)), "m", Given.Now).ShouldHaveSingleItem();
        var state = Given.Active(report, older);
        state.LatestJobs.ShouldBe(new JobsReport(Given.Today.AddMonths(-1), 12, 7));
        state.JobsAsOf(Given.Today.AddMonths(-3))!.HeadCount.ShouldBe(5);

        Refused(() => ReportJobsDecision.Decide(Given.Active(), new ReportJobs(3, 4), "m", Given.Now)).Rule.ShouldBe("researchers-and-engineers-within-head-count");
        Refused(() => ReportJobsDecision.Decide(Given.Active(), new ReportJobs(-1, 0), "m", Given.Now)).Rule.ShouldBe("head-count-is-not-negative");
        Refused(() => ReportJobsDecision.Decide(Given.Active(), new ReportJobs(3, 1, Given.Today.AddDays(1)), "m", Given.Now)).Rule.ShouldBe("jobs-date-is-not-in-the-future");
        Refused(() => ReportJobsDecision.Decide(Given.Active(), new ReportJobs(3, 1, Given.Today.AddYears(-2)), "m", Given.Now)).Rule.ShouldBe("jobs-date-is-not-before-founding");
        Refused(() => ReportJobsDecision.Decide(Given.Proposal(), new ReportJobs(3, 1), "m", Given.Now)).Rule.ShouldBe("start-up-is-founded");
        Refused(() => ReportJobsDecision.Decide(Given.Active(new StartUpFailed("Q", [], Given.Today, "cash", "m", Given.Now)), new ReportJobs(3, 1), "m", Given.Now))
            .Rule.ShouldBe("start-up-has-not-failed");
        ReportJobsDecision.Decide(Given.Active(new StartUpAcquired("Q", [], "Big SA", Given.Today, null, "m", Given.Now)), new ReportJobs(30, 10), "m", Given.Now)
            .ShouldHaveSingleItem();
    }

    [Fact]
    public void A_label_expires_after_its_award_and_is_not_held_twice_at_once()
    {
        var award = AwardLabelDecision.Decide(Given.Active(), new AwardLabel("Innovative Cluster Company", Given.Today.AddYears(2)), Guid.NewGuid(), "s", Given.Now)
            .ShouldHaveSingleItem().ShouldBeOfType<LabelAwarded>();
        var state = Given.Active(award);
        state.Labels.Single().HeldOn(Given.Today.AddYears(2)).ShouldBeTrue();
        state.Labels.Single().HeldOn(Given.Today.AddYears(2).AddDays(1)).ShouldBeFalse();

        var twice = Refused(() => AwardLabelDecision.Decide(state, new AwardLabel("innovative cluster company", Given.Today.AddYears(1)), Guid.NewGuid(), "s", Given.Now));
        (twice.Rule, twice.Kind).ShouldBe(("label-is-not-already-held", RuleKind.CurrentState));
        Refused(() => AwardLabelDecision.Decide(Given.Active(), new AwardLabel("Label", Given.Today), Guid.NewGuid(), "s", Given.Now)).Rule.ShouldBe("label-expires-after-award");
        Refused(() => AwardLabelDecision.Decide(Given.Active(), new AwardLabel(" ", Given.Today.AddDays(9)), Guid.NewGuid(), "s", Given.Now)).Rule.ShouldBe("label-is-named");
        Refused(() => AwardLabelDecision.Decide(Given.Active(), new AwardLabel("Label", Given.Today.AddDays(9), Given.Today.AddDays(1)), Guid.NewGuid(), "s", Given.Now))
            .Rule.ShouldBe("award-date-is-not-in-the-future");
    }

    [Fact]
    public void Graduation_needs_an_admission_and_ends_the_stay()
    {
        var incubator = Given.Incubator();
        var refused = Refused(() => GraduateDecision.Decide(Given.Active(), new Graduate(), "m", Given.Now));
        (refused.Rule, refused.Kind).ShouldBe(("graduation-needs-admission", RuleKind.CurrentState));
        var inside = Given.Active(Given.Admitted(incubator));
        Refused(() => GraduateDecision.Decide(inside, new Graduate(Given.Today.AddMonths(-2)), "m", Given.Now)).Rule.ShouldBe("graduation-is-not-before-admission");
        var graduated = Given.Active([Given.Admitted(incubator), .. GraduateDecision.Decide(inside, new Graduate(null, "ready"), "m", Given.Now)]);
        graduated.Status.ShouldBe(StartUpStatus.Graduated);
        graduated.IncubatorId.ShouldBeNull();
        graduated.Admissions.Single().LeftReason.ShouldBe("graduated");
        graduated.AliveOn(Given.Today).ShouldBeTrue();
    }

    [Fact]
    public void Outcomes_are_terminal_and_each_needs_an_active_start_up()
    {
        var failed = Given.Active([.. FailDecision.Decide(Given.Active(), new Fail("ran out of cash"), "m", Given.Now)]);
        failed.Status.ShouldBe(StartUpStatus.Failed);
        failed.AliveOn(Given.Today).ShouldBeFalse();
        failed.AliveOn(Given.Today.AddDays(-1)).ShouldBeTrue();
        foreach (var decide in new Func<StartUp, IReadOnlyList<object>>[]
                 {
                     s => GraduateDecision.Decide(s, new Graduate(), "m", Given.Now),
                     s => FailDecision.Decide(s, new Fail("again"), "m", Given.Now),
                     s => AcquireDecision.Decide(s, new Acquire("Big SA"), "m", Given.Now),
                 })
        {
            Refused(() => decide(failed)).Rule.ShouldBe("start-up-is-active");
            Refused(() => decide(Given.Proposal())).Rule.ShouldBe("start-up-is-founded");
        }
        var acquired = Given.Active([.. AcquireDecision.Decide(Given.Active(), new Acquire("Big SA"), "m", Given.Now)]);
        (acquired.Status, acquired.Acquirer, acquired.AliveOn(Given.Today)).ShouldBe((StartUpStatus.Acquired, "Big SA", true));
    }

    [Fact]
    public void Outcomes_have_reasons_names_and_sensible_dates()
    {
        Refused(() => FailDecision.Decide(Given.Active(), new Fail(" x "), "m", Given.Now)).Rule.ShouldBe("failure-has-a-reason");
        Refused(() => AcquireDecision.Decide(Given.Active(), new Acquire(" "), "m", Given.Now)).Rule.ShouldBe("acquirer-is-named");
        Refused(() => FailDecision.Decide(Given.Active(), new Fail("cash", Given.Today.AddDays(1)), "m", Given.Now)).Rule.ShouldBe("outcome-date-is-not-in-the-future");
        Refused(() => AcquireDecision.Decide(Given.Active(), new Acquire("Big SA", Given.Today.AddYears(-3)), "m", Given.Now)).Rule.ShouldBe("outcome-date-is-not-before-founding");
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
