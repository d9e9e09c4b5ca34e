using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.AgreeIpOwnership;
using TechTransfer.Disclosures.Api.Technologies.Assess;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class AssessAndOwnershipDecisionTests
{
    [Fact]
    public void An_assessment_records_the_decision_and_keeps_the_trl_history()
    {
        var technology = Given.Technology(Given.Assessed(AssessmentDecision.Hold, 3));
        var events = AssessTechnologyDecision.Decide(technology, new AssessTechnology(AssessmentDecision.Pursue, 5, "lab validation"), "staff-2", Given.Now);

        var after = Technology.Next(technology, events.Single())!;
        after.Assessment!.Decision.ShouldBe(AssessmentDecision.Pursue);
        after.TrlHistory.Select(t => t.Trl).ShouldBe([3, 5]);
        after.TrlHistory[^1].Evidence.ShouldBe("lab validation");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void A_trl_runs_from_1_to_9(int trl)
    {
        var refused = Should.Throw<DomainRuleViolationException>(() =>
            AssessTechnologyDecision.Decide(Given.Technology(), new AssessTechnology(AssessmentDecision.Pursue, trl), "staff-2", Given.Now));
        refused.Rule.ShouldBe("trl-is-1-to-9");
        refused.Kind.ShouldBe(RuleKind.Input);
    }

    [Fact]
    public void Ownership_shares_must_add_up_to_100() => RefusedOwnership([new("CERN", OwnerKind.Facility, 70m), new("EPFL", OwnerKind.University, 20m)], "ownership-shares-add-up-to-100");

    [Fact]
    public void An_owner_is_listed_once() => RefusedOwnership([new("CERN", OwnerKind.Facility, 50m), new("cern ", OwnerKind.Facility, 50m)], "owners-are-distinct");

    [Fact]
    public void At_least_one_owner_is_named() => RefusedOwnership([], "owners-are-listed");

    [Fact]
    public void Agreed_ownership_is_recorded_with_its_agreement()
    {
        var events = AgreeIpOwnershipDecision.Decide(Given.Technology(),
            new AgreeIpOwnership([new("CERN", OwnerKind.Facility, 66.67m), new("Cryo SARL", OwnerKind.Firm, 33.33m)], " KT-1 "), "staff-2", Given.Now);
        var agreed = events.Single().ShouldBeOfType<IpOwnershipAgreed>();
        agreed.AgreementReference.ShouldBe("KT-1");
        agreed.Owners.Sum(o => o.Share).ShouldBe(100m);
    }

    private static void RefusedOwnership(IReadOnlyList<OwnerInput> owners, string rule)
    {
        var refused = Should.Throw<DomainRuleViolationException>(() =>
            AgreeIpOwnershipDecision.Decide(Given.Technology(), new AgreeIpOwnership(owners, "KT-1"), "staff-2", Given.Now));
        refused.Rule.ShouldBe(rule);
        refused.Kind.ShouldBe(RuleKind.Input);
    }
}
