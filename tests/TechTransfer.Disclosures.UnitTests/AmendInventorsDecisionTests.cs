using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AmendInventors;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class AmendInventorsDecisionTests
{
    private static Func<Technology, IReadOnlyList<object>> Amend(params InventorInput[] inventors) =>
        t => AmendInventorsDecision.Decide(t, new AmendInventors(inventors), "staff-2", Given.Now, Given.Ids());

    [Fact]
    public void An_inventor_keeps_their_id_and_a_new_one_gets_a_new_id()
    {
        Inventor ada = new(Given.Ada.InventorId, "Ada Lovelace", "CERN TE", "ADA@cern.ch", 50m), grace = new(Given.Id(1), "Grace Hopper", "ETH", "grace@ethz.ch", 50m);
        Spec.Given(Given.Technology)
            .When(Amend(new("Ada Lovelace", "CERN TE", "ADA@cern.ch", 50m), new("Grace Hopper", "ETH", "grace@ethz.ch", 50m)))
            .Then(new InventorsAmended([ada, grace], null, "staff-2", Given.Now), new InventorSharesSet([new(ada.InventorId, 50m), new(grace.InventorId, 50m)], Given.Now));
        grace.InventorId.ShouldNotBe(Given.Bob.InventorId);
    }

    [Fact]
    public void Amended_shares_must_add_up_to_100() =>
        Spec.Given(Given.Technology)
            .When(Amend(new InventorInput("Ada", "CERN", "ada@cern.ch", 99.5m)))
            .ThenRefused("inventor-shares-add-up-to-100");

    [Fact]
    public void A_disclosure_stored_before_the_full_form_still_folds()
    {
        var old = System.Text.Json.JsonSerializer.Deserialize<TechnologyDisclosed>(
            """{"TechnologyId":"0195a000-0000-7000-8000-000000000009","Title":"Old","Facility":"JET","DisclosedAt":"2026-01-01T00:00:00Z"}""")!;
        var technology = Technology.From([old])!;
        (technology.Inventors.Count, technology.Keywords.Count, technology.Field).ShouldBe((0, 0, ""));
    }

    [Fact]
    public void An_abandoned_technology_takes_no_more_commands() =>
        Spec.Given(Given.Technology, new TechnologyAbandoned("no market", "staff-1", Given.Now))
            .When(Amend(new InventorInput("Ada", "CERN", "ada@cern.ch", 100m)))
            .ThenRefused("technology-is-active", RuleKind.CurrentState);
}
