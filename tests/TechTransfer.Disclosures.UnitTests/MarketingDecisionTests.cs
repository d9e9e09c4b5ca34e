using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class MarketingDecisionTests
{
    private static PublishForMarketing Summary(string summary = "Fast, radiation-tolerant protection for superconducting magnets.") =>
        new("Fast quench protection", summary, ["MRI magnets", "fusion magnets"], ["Cryogenics", "protection"]);

    private static Func<Technology, IReadOnlyList<object>> Publish(PublishForMarketing command) =>
        t => PublishForMarketingDecision.Decide(t, command, "staff-1", Given.Now);

    [Fact]
    public void A_technology_to_pursue_with_agreed_ownership_is_published() =>
        Spec.Given(Given.Technology, Given.Assessed(), Given.OwnershipAgreed)
            .When(Publish(Summary()))
            .Then(new TechnologyPublishedForMarketing("Fast quench protection", "Fast, radiation-tolerant protection for superconducting magnets.",
                ["MRI magnets", "fusion magnets"], ["cryogenics", "protection"], "CERN", "Superconducting magnets", Phase.FacilityRnD, "staff-1", Given.Now));

    [Fact]
    public void Marketing_needs_the_decision_to_pursue() =>
        Spec.Given(Given.Technology, Given.Assessed(AssessmentDecision.Hold), Given.OwnershipAgreed)
            .When(Publish(Summary()))
            .ThenRefused("marketing-needs-decision-to-pursue", RuleKind.CurrentState);

    [Fact]
    public void Marketing_needs_agreed_ip_ownership() =>
        Spec.Given(Given.Technology, Given.Assessed())
            .When(Publish(Summary()))
            .ThenRefused("ip-ownership-agreed-first", RuleKind.CurrentState);

    [Theory]
    [InlineData(Given.Description)]
    [InlineData("Contact ada@cern.ch for details about this protection system.")]
    public void The_public_text_may_not_quote_confidential_data(string summary) =>
        Spec.Given(Given.Technology, Given.Assessed(), Given.OwnershipAgreed)
            .When(Publish(Summary($"Summary: {summary}")))
            .ThenRefused("marketing-text-holds-no-confidential-data", RuleKind.Input);
}
