using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.Assess;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Disclosures.UnitTests;

/// <summary>
/// The HTTP validation rejects missing values first (400); the decisions still refuse them (422), so a
/// caller that bypasses HTTP (a consumer, a tool) cannot append an event with a made-up value.
/// </summary>
public sealed class MissingValueRuleTests
{
    private static readonly Guid EpId = Guid.NewGuid();
    private static readonly Spec<Technology> Disclosed = Spec.Given(Given.Technology);
    private static readonly Spec<Technology> Owned = Spec.Given(Given.Technology, Given.OwnershipAgreed);
    private static readonly Spec<Technology> WithApplication = Spec.Given(Given.Technology,
        new PatentApplicationFiled(EpId, "EP", "EP1", Given.Today.AddMonths(-3), Given.Today.AddMonths(-3), "staff-1", Given.Now));

    public static TheoryData<string, Outcome> Refusals() => new()
    {
        { "conception-is-dated", Spec.When(() => DiscloseTechnologyDecision.Decide(Guid.NewGuid(), Disclosure(conceivedOn: null), "s", Given.Now, Guid.NewGuid)) },
        { "earlier-disclosure-is-dated", Spec.When(() => DiscloseTechnologyDecision.Decide(Guid.NewGuid(), Disclosure(Given.Today, [new("talk", "IEEE", null)]), "s", Given.Now, Guid.NewGuid)) },
        { "assessment-has-a-decision", Disclosed.When(t => AssessTechnologyDecision.Decide(t, new AssessTechnology(null, 4), "s", Given.Now)) },
        { "filing-is-dated", Disclosed.When(t => FilePatentApplicationDecision.Decide(t, new FilePatentApplication("EP", "EP2", null), "s", Given.Now, Guid.NewGuid())) },
        { "grant-is-dated", WithApplication.When(t => GrantPatentDecision.Decide(t, EpId, new GrantPatent("EP9", null), "s", Given.Now)) },
        { "grant-date-is-not-in-the-future", WithApplication.When(t => GrantPatentDecision.Decide(t, EpId, new GrantPatent("EP9", Given.Today.AddDays(1)), "s", Given.Now)) },
        { "abandonment-date-is-not-in-the-future", WithApplication.When(t => AbandonPatentApplicationDecision.Decide(t, EpId, new AbandonPatentApplication("costs", Given.Today.AddDays(1)), "s", Given.Now)) },
        { "phase-is-named", Disclosed.When(t => AdvancePhaseDecision.Decide(t, new AdvancePhase(null, "evidence"), "s", Given.Now)) },
        { "transfer-has-a-form", Owned.When(t => RecordTransferDecision.Decide(t, new RecordTransfer(null, "Cryo", "R-1", Given.Today), "s", Given.Now, Guid.NewGuid())) },
        { "transfer-is-dated", Owned.When(t => RecordTransferDecision.Decide(t, new RecordTransfer(TransferForm.Patent, "Cryo", "R-1", null), "s", Given.Now, Guid.NewGuid())) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_missing_or_impossible_value_is_refused_naming_the_rule(string rule, Outcome decided) => decided.ThenRefused(rule, RuleKind.Input);

    private static DiscloseTechnology Disclosure(DateOnly? conceivedOn, IReadOnlyList<EarlierDisclosureInput>? earlier = null) =>
        new("Quench detector", "CERN", "TE", "Magnets", [new("Ada", "CERN", "ada@cern.ch", 100m)], "A confidential description.", conceivedOn, null, earlier);
}
