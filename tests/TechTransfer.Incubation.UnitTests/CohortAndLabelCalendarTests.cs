using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Incubation.Api.Figures;
using TechTransfer.Incubation.Api.StartUps;
using TechTransfer.Incubation.Api.StartUps.Admit;
using TechTransfer.Incubation.Api.StartUps.AwardLabel;
using TechTransfer.Incubation.Api.StartUps.MissMilestone;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Incubation.UnitTests;

/// <summary>
/// Incubation's dates on every day of 2024–2028: a cohort admits from its first day to its last, both included; a
/// label is held from its award day to its expiry day, both included, and can be awarded again from the day after; a
/// milestone is late, and can be declared missed, from the day after its due date; a year is counted at 31 December,
/// or today while it runs, and a start-up founded on 31 December counts in that year, one founded on 1 January in the next.
/// </summary>
public sealed class CohortAndLabelCalendarTests
{
    private static readonly DateOnly FoundedLongAgo = new(2023, 1, 1);
    private const string Label = "Innovative Cluster Company";

    private static StartUp Active(params object[] events) => StartUp.From([Given.Proposed(), Given.Founded(FoundedLongAgo), .. events])!;

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(12)]
    public void A_cohort_admits_from_its_first_day_to_its_last(int months)
    {
        var startUp = Active();
        Days.Each(starts =>
        {
            var ends = Days.MonthsAfter(starts, months).AddDays(-1);
            var incubator = Given.Incubator(cohortStarts: starts, cohortEnds: ends);
            IReadOnlyList<object> Admit(DateOnly on) =>
                AdmitStartUpDecision.Decide(startUp, new AdmitStartUp(incubator.Id, Given.CohortId, on), incubator, "m-1", Days.EndOf(ends.AddDays(1)));
            foreach (var inside in new[] { starts, starts.AddDays(1), ends.AddDays(-1), ends })
                Admit(inside).OfType<StartUpAdmitted>().ShouldHaveSingleItem().AdmittedOn.ShouldBe(inside);
            foreach (var outside in new[] { starts.AddDays(-1), ends.AddDays(1) })
                Should.Throw<DomainRuleViolationException>(() => Admit(outside)).Rule.ShouldBe("cohort-covers-the-admission-date", $"{outside:yyyy-MM-dd} is outside {starts:yyyy-MM-dd}–{ends:yyyy-MM-dd}");
        });
    }

    [Fact]
    public void A_label_is_held_from_its_award_to_its_expiry_and_can_be_awarded_again_the_day_after()
    {
        Days.Each(awarded =>
        {
            var expires = Days.Anniversary(awarded, 2).AddDays(-1); // a two-year label
            var award = AwardLabelDecision.Decide(Active(), new AwardLabel(Label, expires, awarded), Guid.NewGuid(), "m-1", Days.StartOf(awarded));
            var labelled = Active([.. award]);
            var label = labelled.Labels.ShouldHaveSingleItem();
            label.HeldOn(awarded.AddDays(-1)).ShouldBeFalse("not held the day before the award");
            label.HeldOn(awarded).ShouldBeTrue("held on the award day");
            label.HeldOn(expires).ShouldBeTrue("held on the expiry day");
            label.HeldOn(expires.AddDays(1)).ShouldBeFalse("not held the day after expiry");
            var late = Days.StartOf(expires.AddDays(1));
            Should.Throw<DomainRuleViolationException>(() => AwardLabelDecision.Decide(labelled, new AwardLabel(Label, expires.AddYears(1), expires), Guid.NewGuid(), "m-1", late))
                .Rule.ShouldBe("label-is-not-already-held", $"the label is still held on {expires:yyyy-MM-dd}");
            AwardLabelDecision.Decide(labelled, new AwardLabel(Label, expires.AddYears(1), expires.AddDays(1)), Guid.NewGuid(), "m-1", late)
                .OfType<LabelAwarded>().ShouldHaveSingleItem();
        });
    }

    [Fact]
    public void A_milestone_is_late_and_can_be_missed_from_the_day_after_it_is_due()
    {
        var incubator = Given.Incubator(cohortStarts: new(2023, 6, 1), cohortEnds: new(2029, 12, 31));
        var label = Guid.NewGuid();
        Days.Each(due =>
        {
            var milestone = Guid.NewGuid();
            var startUp = Active(Given.Admitted(incubator, new DateOnly(2023, 6, 1)), Given.Planned(milestone, due: due),
                new LabelAwarded(label, Label, due.AddDays(-10), due, null, "m-1", Given.Now));
            Should.Throw<DomainRuleViolationException>(() => MissMilestoneDecision.Decide(startUp, milestone, new MissMilestone(), "m-1", Days.EndOf(due)))
                .Rule.ShouldBe("milestone-is-overdue", "on its due day a milestone can still be achieved");
            MissMilestoneDecision.Decide(startUp, milestone, new MissMilestone(), "m-1", Days.StartOf(due.AddDays(1)))
                .OfType<MilestoneMissed>().ShouldHaveSingleItem().MissedOn.ShouldBe(due.AddDays(1));
            var cohort = incubator.Cohorts.Single();
            var onTheDay = FigureCalculations.Dashboard(incubator, cohort, [startUp], due).Members.Single();
            onTheDay.LateMilestones.ShouldBeEmpty($"not late on its due day, {due:yyyy-MM-dd}");
            onTheDay.Labels.ShouldBe([Label], "the label is held on its expiry day");
            var dayAfter = FigureCalculations.Dashboard(incubator, cohort, [startUp], due.AddDays(1)).Members.Single();
            dayAfter.LateMilestones.ShouldHaveSingleItem().DaysLate.ShouldBe(1);
            dayAfter.Labels.ShouldBeEmpty("the label expired the day before");
            FigureCalculations.Dashboard(incubator, cohort, [startUp], due.AddDays(31)).Members.Single().LateMilestones.Single().DaysLate.ShouldBe(31);
        });
    }

    [Fact]
    public void Survival_counts_each_past_year_at_31_December_and_this_year_today()
    {
        var group = new[] { Given.FoundedOn("A", new DateOnly(2023, 12, 31), "CERN") };
        Days.Each(today =>
        {
            var years = FigureCalculations.Survival("2023", group, 2023, today).Years;
            years.Select(y => y.Year).ShouldBe(Enumerable.Range(2023, today.Year - 2023 + 1));
            foreach (var y in years.SkipLast(1)) y.AsOf.ShouldBe(new DateOnly(y.Year, 12, 31));
            years[^1].AsOf.ShouldBe(today);
            years.All(y => y.Alive == 1).ShouldBeTrue("alive every year since its founding");
        });
    }

    [Fact]
    public void A_start_up_counts_in_the_year_of_its_founding_day_and_drops_out_in_the_year_it_failed()
    {
        var today = new DateOnly(2029, 6, 30);
        Days.Each(day =>
        {
            var founded = Given.FoundedOn("A", day, "CERN");
            FigureCalculations.Year(day.Year, [founded], today).StartUpsCreated.ShouldBe(1, $"founded on {day:yyyy-MM-dd}, created in {day.Year}");
            FigureCalculations.Year(day.Year - 1, [founded], today).Alive.ShouldBe(0, $"not alive at the end of {day.Year - 1}");
            var next = FigureCalculations.Year(day.Year + 1, [founded], today);
            (next.StartUpsCreated, next.Alive).ShouldBe((0, 1), $"alive, not created, in {day.Year + 1}");
            FigureCalculations.Year(day.Year, [founded], day).AsOf.ShouldBe(day, "the running year is counted today");

            var failed = Given.FoundedOn("B", FoundedLongAgo, "CERN", Given.FailedOn(day));
            FigureCalculations.Year(day.Year - 1, [failed], today).Alive.ShouldBe(1, $"failed on {day:yyyy-MM-dd}: alive at the end of {day.Year - 1}");
            FigureCalculations.Year(day.Year, [failed], today).Alive.ShouldBe(0, $"failed on {day:yyyy-MM-dd}: gone at the end of {day.Year}");
            FigureCalculations.Year(day.Year, [failed], day.AddDays(-1)).Alive.ShouldBe(1, "alive the day before it failed");
        });
    }
}
