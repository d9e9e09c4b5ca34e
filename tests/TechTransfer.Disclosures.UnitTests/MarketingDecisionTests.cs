using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class MarketingDecisionTests
{
    private static PublishForMarketing Summary(string summary = "Fast, radiation-tolerant protection for superconducting magnets.") =>
        new("Fast quench protection", summary, ["MRI magnets", "fusion magnets"], ["Cryogenics", "protection"]);

    [Fact]
    public void A_technology_to_pursue_with_agreed_ownership_is_published()
    {
        var published = PublishForMarketingDecision.Decide(Given.Technology(Given.Assessed(), Given.OwnershipAgreed), Summary(), "staff-1", Given.Now)
            .Single().ShouldBeOfType<TechnologyPublishedForMarketing>();
        published.Keywords.ShouldBe(["cryogenics", "protection"]);
        published.Facility.ShouldBe("CERN");
        published.Phase.ShouldBe(Phase.FacilityRnD);
    }

    [Fact]
    public void Marketing_needs_the_decision_to_pursue() =>
        Refused(Given.Technology(Given.Assessed(AssessmentDecision.Hold), Given.OwnershipAgreed), Summary(), "marketing-needs-decision-to-pursue", RuleKind.CurrentState);

    [Fact]
    public void Marketing_needs_agreed_ip_ownership() =>
        Refused(Given.Technology(Given.Assessed()), Summary(), "ip-ownership-agreed-first", RuleKind.CurrentState);

    [Theory]
    [InlineData(Given.Description)]
    [InlineData("Contact ada@cern.ch for details about this protection system.")]
    public void The_public_text_may_not_quote_confidential_data(string summary) =>
        Refused(Given.Technology(Given.Assessed(), Given.OwnershipAgreed), Summary($"Summary: {summary}"), "marketing-text-holds-no-confidential-data", RuleKind.Input);

    private static void Refused(Technology technology, PublishForMarketing command, string rule, RuleKind kind)
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => PublishForMarketingDecision.Decide(technology, command, "staff-1", Given.Now));
        refused.Rule.ShouldBe(rule);
        refused.Kind.ShouldBe(kind);
    }
}
