using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.Worklists;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class PatentDecisionTests
{
    private static readonly Guid EpId = Guid.Parse("0195a000-0000-7000-8000-0000000000e1");
    private static readonly DateOnly EpFiled = new(2025, 6, 2);
    private static PatentApplicationFiled EpFiling => new(EpId, "EP", "EP25123456", EpFiled, EpFiled, "staff-1", Given.Now.AddMonths(-9));

    [Fact]
    public void A_first_filing_is_its_own_priority()
    {
        var filed = FilePatentApplicationDecision.Decide(Given.Technology(), new FilePatentApplication(" ep ", "EP25000001", EpFiled), "staff-1", Given.Now, EpId)
            .Single().ShouldBeOfType<PatentApplicationFiled>();
        filed.Office.ShouldBe("EP");
        filed.PriorityDate.ShouldBe(EpFiled);
    }

    [Theory]
    [InlineData("2026-03-02", null, "filing-date-is-not-in-the-future")]
    [InlineData("2026-01-10", "2026-01-11", "priority-date-is-not-after-filing")]
    [InlineData("2026-01-10", "2024-12-31", "priority-claimed-within-12-months")]
    public void Filing_dates_must_make_sense(string filedOn, string? priority, string rule)
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => FilePatentApplicationDecision.Decide(Given.Technology(),
            new FilePatentApplication("PCT", "PCT/EP2026/050001", DateOnly.Parse(filedOn), priority is null ? null : DateOnly.Parse(priority)),
            "staff-1", Given.Now, Guid.NewGuid()));
        refused.Rule.ShouldBe(rule);
        refused.Kind.ShouldBe(RuleKind.Input);
    }

    [Fact]
    public void An_application_number_is_recorded_once()
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => FilePatentApplicationDecision.Decide(Given.Technology(EpFiling),
            new FilePatentApplication("EP", "ep25123456", EpFiled), "staff-1", Given.Now, Guid.NewGuid()));
        refused.Rule.ShouldBe("application-number-is-new");
        refused.Kind.ShouldBe(RuleKind.CurrentState);
    }

    [Fact]
    public void A_pending_application_can_be_granted_once()
    {
        var granted = GrantPatentDecision.Decide(Given.Technology(EpFiling), EpId, new GrantPatent("EP4000001", Given.Today), "staff-1", Given.Now).Single();
        var technology = Technology.Next(Given.Technology(EpFiling), granted)!;
        technology.PatentApplications.Single().Status.ShouldBe(PatentStatus.Granted);

        var refused = Should.Throw<DomainRuleViolationException>(() => GrantPatentDecision.Decide(technology, EpId, new GrantPatent("EP4000001", Given.Today), "staff-1", Given.Now));
        refused.Rule.ShouldBe("patent-application-is-pending");
        refused.Kind.ShouldBe(RuleKind.CurrentState);
    }

    [Fact]
    public void A_grant_cannot_precede_the_filing()
    {
        var refused = Should.Throw<DomainRuleViolationException>(() =>
            GrantPatentDecision.Decide(Given.Technology(EpFiling), EpId, new GrantPatent("EP4000001", EpFiled.AddDays(-1)), "staff-1", Given.Now));
        refused.Rule.ShouldBe("grant-is-not-before-filing");
    }

    [Fact]
    public void An_unknown_application_is_not_found() =>
        Should.Throw<NotFoundException>(() => GrantPatentDecision.Decide(Given.Technology(EpFiling), Guid.NewGuid(), new GrantPatent("EP1", Given.Today), "staff-1", Given.Now));

    [Fact]
    public void An_abandoned_application_cannot_be_abandoned_again()
    {
        var technology = Given.Technology(EpFiling, new PatentApplicationAbandoned(EpId, "no budget", Given.Today, "staff-1", Given.Now));
        var refused = Should.Throw<DomainRuleViolationException>(() =>
            AbandonPatentApplicationDecision.Decide(technology, EpId, new AbandonPatentApplication("again", Given.Today), "staff-1", Given.Now));
        refused.Rule.ShouldBe("patent-application-is-pending");
    }

    [Fact]
    public void A_first_filing_opens_the_12_month_priority_year_that_a_pct_filing_meets_and_replaces_with_national_phases()
    {
        var opened = PatentDeadlines.Opened(Given.TechnologyId, EpFiling).Single();
        opened.Kind.ShouldBe(PatentDeadlineKind.PriorityYear);
        opened.Due.ShouldBe(new DateOnly(2026, 6, 2));

        var pct = new PatentApplicationFiled(Guid.NewGuid(), "PCT", "PCT/EP2026/050001", new DateOnly(2026, 5, 20), EpFiled, "staff-1", Given.Now);
        PatentDeadlines.Met(Given.TechnologyId, pct).ShouldBe([opened.Id]);
        PatentDeadlines.Opened(Given.TechnologyId, pct).Select(d => (d.Kind, d.Due)).ShouldBe(
            [(PatentDeadlineKind.NationalPhase30, new DateOnly(2027, 12, 2)), (PatentDeadlineKind.NationalPhase31, new DateOnly(2028, 1, 2))]);
    }
}
