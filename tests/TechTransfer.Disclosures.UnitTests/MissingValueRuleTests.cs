using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.Assess;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

namespace TechTransfer.Disclosures.UnitTests;

/// <summary>
/// The HTTP validation rejects missing values first (400); the decisions still refuse them (422), so a
/// caller that bypasses HTTP (a consumer, a tool) cannot append an event with a made-up value.
/// </summary>
public sealed class MissingValueRuleTests
{
    private static readonly Guid EpId = Guid.NewGuid();
    private static readonly Technology WithApplication = Given.Technology(
        new PatentApplicationFiled(EpId, "EP", "EP1", Given.Today.AddMonths(-3), Given.Today.AddMonths(-3), "staff-1", Given.Now));

    public static TheoryData<string, Action> Refusals() => new()
    {
        { "conception-is-dated", () => DiscloseTechnologyDecision.Decide(Guid.NewGuid(), Disclosure(conceivedOn: null), "s", Given.Now, Guid.NewGuid) },
        { "earlier-disclosure-is-dated", () => DiscloseTechnologyDecision.Decide(Guid.NewGuid(), Disclosure(Given.Today, [new("talk", "IEEE", null)]), "s", Given.Now, Guid.NewGuid) },
        { "assessment-has-a-decision", () => AssessTechnologyDecision.Decide(Given.Technology(), new AssessTechnology(null, 4), "s", Given.Now) },
        { "filing-is-dated", () => FilePatentApplicationDecision.Decide(Given.Technology(), new FilePatentApplication("EP", "EP2", null), "s", Given.Now, Guid.NewGuid()) },
        { "grant-is-dated", () => GrantPatentDecision.Decide(WithApplication, EpId, new GrantPatent("EP9", null), "s", Given.Now) },
        { "grant-date-is-not-in-the-future", () => GrantPatentDecision.Decide(WithApplication, EpId, new GrantPatent("EP9", Given.Today.AddDays(1)), "s", Given.Now) },
        { "abandonment-date-is-not-in-the-future", () => AbandonPatentApplicationDecision.Decide(WithApplication, EpId, new AbandonPatentApplication("costs", Given.Today.AddDays(1)), "s", Given.Now) },
        { "phase-is-named", () => AdvancePhaseDecision.Decide(Given.Technology(), new AdvancePhase(null, "evidence"), "s", Given.Now) },
        { "transfer-has-a-form", () => RecordTransferDecision.Decide(Given.Technology(Given.OwnershipAgreed), new RecordTransfer(null, "Cryo", "R-1", Given.Today), "s", Given.Now, Guid.NewGuid()) },
        { "transfer-is-dated", () => RecordTransferDecision.Decide(Given.Technology(Given.OwnershipAgreed), new RecordTransfer(TransferForm.Patent, "Cryo", "R-1", null), "s", Given.Now, Guid.NewGuid()) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_missing_or_impossible_value_is_refused_naming_the_rule(string rule, Action decide)
    {
        var refused = Should.Throw<DomainRuleViolationException>(decide);
        refused.Rule.ShouldBe(rule);
        refused.Kind.ShouldBe(RuleKind.Input);
    }

    private static DiscloseTechnology Disclosure(DateOnly? conceivedOn, IReadOnlyList<EarlierDisclosureInput>? earlier = null) =>
        new("Quench detector", "CERN", "TE", "Magnets", [new("Ada", "CERN", "ada@cern.ch", 100m)], "A confidential description.", conceivedOn, null, earlier);
}
