using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.Worklists;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class PatentDecisionTests
{
    private static readonly Guid EpId = Guid.Parse("0195a000-0000-7000-8000-0000000000e1");
    private static readonly DateOnly EpFiled = new(2025, 6, 2);
    private static PatentApplicationFiled EpFiling => new(EpId, "EP", "EP25123456", EpFiled, EpFiled, "staff-1", Given.Now.AddMonths(-9));

    private static Func<Technology, IReadOnlyList<object>> File(FilePatentApplication command, Guid? applicationId = null) =>
        t => FilePatentApplicationDecision.Decide(t, command, "staff-1", Given.Now, applicationId ?? Guid.NewGuid());

    private static Func<Technology, IReadOnlyList<object>> Grant(GrantPatent command, Guid? applicationId = null) =>
        t => GrantPatentDecision.Decide(t, applicationId ?? EpId, command, "staff-1", Given.Now);

    [Fact]
    public void A_first_filing_is_its_own_priority() =>
        Spec.Given(Given.Technology)
            .When(File(new FilePatentApplication(" ep ", "EP25000001", EpFiled), EpId))
            .Then(new PatentApplicationFiled(EpId, "EP", "EP25000001", EpFiled, EpFiled, "staff-1", Given.Now));

    [Theory]
    [InlineData("2026-03-02", null, "filing-date-is-not-in-the-future")]
    [InlineData("2026-01-10", "2026-01-11", "priority-date-is-not-after-filing")]
    [InlineData("2026-01-10", "2024-12-31", "priority-claimed-within-12-months")]
    public void Filing_dates_must_make_sense(string filedOn, string? priority, string rule) =>
        Spec.Given(Given.Technology)
            .When(File(new FilePatentApplication("PCT", "PCT/EP2026/050001", DateOnly.Parse(filedOn), priority is null ? null : DateOnly.Parse(priority))))
            .ThenRefused(rule, RuleKind.Input);

    [Fact]
    public void An_application_number_is_recorded_once() =>
        Spec.Given(Given.Technology, EpFiling)
            .When(File(new FilePatentApplication("EP", "ep25123456", EpFiled)))
            .ThenRefused("application-number-is-new", RuleKind.CurrentState);

    [Fact]
    public void A_pending_application_can_be_granted_once()
    {
        var granted = Spec.Given(Given.Technology, EpFiling)
            .When(Grant(new GrantPatent("EP4000001", Given.Today)))
            .Then(new PatentGranted(EpId, "EP4000001", Given.Today, "staff-1", Given.Now));
        Given.Technology([EpFiling, .. granted]).PatentApplications.Single().Status.ShouldBe(PatentStatus.Granted);

        Spec.Given(Given.Technology, [EpFiling, .. granted])
            .When(Grant(new GrantPatent("EP4000001", Given.Today)))
            .ThenRefused("patent-application-is-pending", RuleKind.CurrentState);
    }

    [Fact]
    public void A_grant_cannot_precede_the_filing() =>
        Spec.Given(Given.Technology, EpFiling)
            .When(Grant(new GrantPatent("EP4000001", EpFiled.AddDays(-1))))
            .ThenRefused("grant-is-not-before-filing");

    [Fact]
    public void An_unknown_application_is_not_found() =>
        Spec.Given(Given.Technology, EpFiling)
            .When(Grant(new GrantPatent("EP1", Given.Today), Guid.NewGuid()))
            .ThenThrows<NotFoundException>();

    [Fact]
    public void An_abandoned_application_cannot_be_abandoned_again() =>
        Spec.Given(Given.Technology, EpFiling, new PatentApplicationAbandoned(EpId, "no budget", Given.Today, "staff-1", Given.Now))
            .When(t => AbandonPatentApplicationDecision.Decide(t, EpId, new AbandonPatentApplication("again", Given.Today), "staff-1", Given.Now))
            .ThenRefused("patent-application-is-pending");

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
