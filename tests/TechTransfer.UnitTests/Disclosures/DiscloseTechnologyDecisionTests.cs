using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies.Disclose;

namespace TechTransfer.UnitTests.Disclosures;

public sealed class DiscloseTechnologyDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_disclosure_starts_the_technology_with_trimmed_title_and_facility()
    {
        var id = Guid.NewGuid();
        var disclosed = DiscloseTechnologyDecision.Decide(id, new("  Radiation-hard pixel sensor ", " CERN "), Now);
        disclosed.ShouldBe(new(id, "Radiation-hard pixel sensor", "CERN", Now));
    }

    [Theory]
    [InlineData("  a  ", "CERN", "title-is-meaningful")]
    [InlineData("Superconducting magnet quench detector", "   ", "facility-is-named")]
    public void A_disclosure_without_a_meaningful_title_or_facility_is_refused(string title, string facility, string rule)
    {
        var refused = Should.Throw<DomainRuleViolation>(() => DiscloseTechnologyDecision.Decide(Guid.NewGuid(), new(title, facility), Now));
        refused.Rule.ShouldBe(rule);
        refused.Status.ShouldBe(422);
    }
}
