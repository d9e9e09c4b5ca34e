using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Disclose;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class DiscloseTechnologyDecisionTests
{
    private static DiscloseTechnology Command(string title = "  Radiation-hard pixel sensor ", string facility = " CERN ",
        IReadOnlyList<InventorInput>? inventors = null, DateOnly? conceivedOn = null, IReadOnlyList<EarlierDisclosureInput>? earlier = null,
        DateOnly? receivedOn = null) =>
        new(title, facility, "EP-DT", "Particle detectors",
            inventors ?? [new("Ada Lovelace", "CERN", "ada@cern.ch", 50m), new("Bob Noyce", "EPFL", "bob@epfl.ch", 50m)],
            "A hybrid pixel detector with radiation-hard readout.", conceivedOn ?? Given.Today.AddMonths(-6),
            [" Pixels ", "ASIC", "pixels"], earlier, "Horizon Europe 101004761", receivedOn);

    private static IReadOnlyList<object> Decide(DiscloseTechnology command) =>
        DiscloseTechnologyDecision.Decide(Given.TechnologyId, command, "staff-1", Given.Now, Given.Ids());

    [Fact]
    public void A_disclosure_starts_the_technology_with_trimmed_fields_and_the_inventor_shares()
    {
        var events = Decide(Command());

        var disclosed = events[0].ShouldBeOfType<TechnologyDisclosed>();
        disclosed.Title.ShouldBe("Radiation-hard pixel sensor");
        disclosed.Facility.ShouldBe("CERN");
        disclosed.Keywords.ShouldBe(["pixels", "asic"]);
        disclosed.By.ShouldBe("staff-1");
        disclosed.DisclosedAt.ShouldBe(Given.Now);
        disclosed.ReceivedOn.ShouldBe(Given.Today);
        disclosed.Inventors.Select(i => i.InventorId).ShouldBeUnique();
        var shares = events[1].ShouldBeOfType<InventorSharesSet>();
        shares.Shares.ShouldBe(disclosed.Inventors.Select(i => new InventorShare(i.InventorId, i.Share)));
    }

    [Theory]
    [InlineData("  a  ", "CERN", "title-is-meaningful")]
    [InlineData("Superconducting magnet quench detector", "   ", "facility-is-named")]
    public void A_disclosure_without_a_meaningful_title_or_facility_is_refused(string title, string facility, string rule) =>
        Refused(Command(title, facility), rule);

    [Fact]
    public void Inventor_shares_must_add_up_to_100() =>
        Refused(Command(inventors: [new("Ada", "CERN", "ada@cern.ch", 50m), new("Bob", "EPFL", "bob@epfl.ch", 40m)]), "inventor-shares-add-up-to-100");

    [Fact]
    public void At_least_one_inventor_is_named() => Refused(Command(inventors: []), "inventors-are-listed");

    [Fact]
    public void An_inventor_is_listed_once() =>
        Refused(Command(inventors: [new("Ada", "CERN", "ada@cern.ch", 50m), new("Ada L.", "CERN", "ADA@cern.ch", 50m)]), "inventors-are-distinct");

    [Fact]
    public void Conception_cannot_be_in_the_future() => Refused(Command(conceivedOn: Given.Today.AddDays(1)), "conception-is-not-in-the-future");

    [Fact]
    public void An_earlier_public_disclosure_cannot_be_in_the_future() =>
        Refused(Command(earlier: [new("talk", "IEEE NSS 2026", Given.Today.AddDays(3))]), "earlier-disclosure-is-not-in-the-future");

    [Fact]
    public void A_form_received_earlier_is_counted_on_the_day_it_was_received()
    {
        var disclosed = Decide(Command(conceivedOn: Given.Today.AddYears(-2), receivedOn: Given.Today.AddYears(-1)))[0].ShouldBeOfType<TechnologyDisclosed>();
        disclosed.ReceivedOn.ShouldBe(Given.Today.AddYears(-1));
        disclosed.Received.ShouldBe(Given.Today.AddYears(-1));
        disclosed.DisclosedAt.ShouldBe(Given.Now);
    }

    [Fact]
    public void A_disclosure_logged_before_the_received_date_was_asked_counts_on_the_day_it_was_logged() =>
        (Given.Disclosed with { ReceivedOn = null }).Received.ShouldBe(DateOnly.FromDateTime(Given.Disclosed.DisclosedAt.UtcDateTime));

    [Fact]
    public void A_form_is_received_neither_in_the_future_nor_before_the_invention_was_conceived()
    {
        Refused(Command(receivedOn: Given.Today.AddDays(1)), "receipt-is-not-in-the-future");
        Refused(Command(conceivedOn: Given.Today.AddMonths(-6), receivedOn: Given.Today.AddMonths(-7)), "receipt-is-not-before-conception");
    }

    private static void Refused(DiscloseTechnology command, string rule)
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => Decide(command));
        refused.Rule.ShouldBe(rule);
        refused.Kind.ShouldBe(RuleKind.Input);
    }
}
