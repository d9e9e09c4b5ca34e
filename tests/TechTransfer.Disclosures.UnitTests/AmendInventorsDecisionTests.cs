using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AmendInventors;
using TechTransfer.Disclosures.Api.Technologies.Disclose;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class AmendInventorsDecisionTests
{
    [Fact]
    public void An_inventor_keeps_their_id_and_a_new_one_gets_a_new_id()
    {
        var events = AmendInventorsDecision.Decide(Given.Technology(),
            new AmendInventors([new("Ada Lovelace", "CERN TE", "ADA@cern.ch", 50m), new("Grace Hopper", "ETH", "grace@ethz.ch", 50m)]),
            "staff-2", Given.Now, Given.Ids());

        var amended = events[0].ShouldBeOfType<InventorsAmended>();
        amended.Inventors[0].InventorId.ShouldBe(Given.Ada.InventorId);
        amended.Inventors[1].InventorId.ShouldNotBe(Given.Bob.InventorId);
        events[1].ShouldBeOfType<InventorSharesSet>().Shares.Select(s => s.Share).ShouldBe([50m, 50m]);
    }

    [Fact]
    public void Amended_shares_must_add_up_to_100()
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => AmendInventorsDecision.Decide(Given.Technology(),
            new AmendInventors([new InventorInput("Ada", "CERN", "ada@cern.ch", 99.5m)]), "staff-2", Given.Now, Given.Ids()));
        refused.Rule.ShouldBe("inventor-shares-add-up-to-100");
    }

    [Fact]
    public void A_disclosure_stored_before_the_full_form_still_folds()
    {
        var old = System.Text.Json.JsonSerializer.Deserialize<TechnologyDisclosed>(
            """{"TechnologyId":"0195a000-0000-7000-8000-000000000009","Title":"Old","Facility":"JET","DisclosedAt":"2026-01-01T00:00:00Z"}""")!;
        var technology = Technology.From([old])!;
        (technology.Inventors.Count, technology.Keywords.Count, technology.Field).ShouldBe((0, 0, ""));
    }

    [Fact]
    public void An_abandoned_technology_takes_no_more_commands()
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => AmendInventorsDecision.Decide(Given.Technology(new TechnologyAbandoned("no market", "staff-1", Given.Now)),
            new AmendInventors([new InventorInput("Ada", "CERN", "ada@cern.ch", 100m)]), "staff-2", Given.Now, Given.Ids()));
        refused.Rule.ShouldBe("technology-is-active");
        refused.Kind.ShouldBe(RuleKind.CurrentState);
    }
}
