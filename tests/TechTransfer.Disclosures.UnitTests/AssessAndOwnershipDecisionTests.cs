using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.AgreeIpOwnership;
using TechTransfer.Disclosures.Api.Technologies.Assess;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class AssessAndOwnershipDecisionTests
{
    private static Func<Technology, IReadOnlyList<object>> Assess(AssessTechnology command) => t => AssessTechnologyDecision.Decide(t, command, "staff-2", Given.Now);

    private static Func<Technology, IReadOnlyList<object>> Agree(AgreeIpOwnership command) => t => AgreeIpOwnershipDecision.Decide(t, command, "staff-2", Given.Now);

    [Fact]
    public void An_assessment_records_the_decision_and_keeps_the_trl_history()
    {
        var held = Given.Assessed(AssessmentDecision.Hold, 3);
        var assessed = Spec.Given(Given.Technology, held)
            .When(Assess(new AssessTechnology(AssessmentDecision.Pursue, 5, "lab validation")))
            .Then(new TechnologyAssessed(AssessmentDecision.Pursue, 5, "lab validation", "staff-2", Given.Now));

        var after = Given.Technology([held, .. assessed]);
        after.Assessment!.Decision.ShouldBe(AssessmentDecision.Pursue);
        after.TrlHistory.Select(t => t.Trl).ShouldBe([3, 5]);
        after.TrlHistory[^1].Evidence.ShouldBe("lab validation");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void A_trl_runs_from_1_to_9(int trl) =>
        Spec.Given(Given.Technology).When(Assess(new AssessTechnology(AssessmentDecision.Pursue, trl))).ThenRefused("trl-is-1-to-9", RuleKind.Input);

    [Fact]
    public void Ownership_shares_must_add_up_to_100() =>
        Spec.Given(Given.Technology)
            .When(Agree(new([new("CERN", OwnerKind.Facility, 70m), new("EPFL", OwnerKind.University, 20m)], "KT-1")))
            .ThenRefused("ownership-shares-add-up-to-100", RuleKind.Input);

    [Fact]
    public void An_owner_is_listed_once() =>
        Spec.Given(Given.Technology)
            .When(Agree(new([new("CERN", OwnerKind.Facility, 50m), new("cern ", OwnerKind.Facility, 50m)], "KT-1")))
            .ThenRefused("owners-are-distinct", RuleKind.Input);

    [Fact]
    public void At_least_one_owner_is_named() =>
        Spec.Given(Given.Technology).When(Agree(new([], "KT-1"))).ThenRefused("owners-are-listed", RuleKind.Input);

    [Fact]
    public void Agreed_ownership_is_recorded_with_its_agreement() =>
        Spec.Given(Given.Technology)
            .When(Agree(new([new("CERN", OwnerKind.Facility, 66.67m), new("Cryo SARL", OwnerKind.Firm, 33.33m)], " KT-1 ")))
            .Then(new IpOwnershipAgreed([new Owner("CERN", OwnerKind.Facility, 66.67m), new Owner("Cryo SARL", OwnerKind.Firm, 33.33m)], "KT-1", "staff-2", Given.Now));
}
