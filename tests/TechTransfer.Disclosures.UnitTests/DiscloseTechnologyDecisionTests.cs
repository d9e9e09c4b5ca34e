using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Testing.Rules;

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

    private static Func<IReadOnlyList<object>> Disclose(DiscloseTechnology command) =>
        () => DiscloseTechnologyDecision.Decide(Given.TechnologyId, command, "staff-1", Given.Now, Given.Ids());

    [Fact]
    public void A_disclosure_starts_the_technology_with_trimmed_fields_and_the_inventor_shares()
    {
        Inventor ada = new(Given.Id(1), "Ada Lovelace", "CERN", "ada@cern.ch", 50m), bob = new(Given.Id(2), "Bob Noyce", "EPFL", "bob@epfl.ch", 50m);
        Spec.When(Disclose(Command())).Then(
            new TechnologyDisclosed(Given.TechnologyId, "Radiation-hard pixel sensor", "CERN", Given.Now, "EP-DT", "Particle detectors", ["pixels", "asic"],
                "A hybrid pixel detector with radiation-hard readout.", [ada, bob], Given.Today.AddMonths(-6), [], "Horizon Europe 101004761", "staff-1", Given.Today),
            new InventorSharesSet([new(ada.InventorId, 50m), new(bob.InventorId, 50m)], Given.Now));
    }

    [Theory]
    [InlineData("  a  ", "CERN", "title-is-meaningful")]
    [InlineData("Superconducting magnet quench detector", "   ", "facility-is-named")]
    public void A_disclosure_without_a_meaningful_title_or_facility_is_refused(string title, string facility, string rule) =>
        Spec.When(Disclose(Command(title, facility))).ThenRefused(rule, RuleKind.Input);

    [Fact]
    public void Inventor_shares_must_add_up_to_100() =>
        Spec.When(Disclose(Command(inventors: [new("Ada", "CERN", "ada@cern.ch", 50m), new("Bob", "EPFL", "bob@epfl.ch", 40m)])))
            .ThenRefused("inventor-shares-add-up-to-100", RuleKind.Input);

    [Fact]
    public void At_least_one_inventor_is_named() => Spec.When(Disclose(Command(inventors: []))).ThenRefused("inventors-are-listed", RuleKind.Input);

    [Fact]
    public void An_inventor_is_listed_once() =>
        Spec.When(Disclose(Command(inventors: [new("Ada", "CERN", "ada@cern.ch", 50m), new("Ada L.", "CERN", "ADA@cern.ch", 50m)])))
            .ThenRefused("inventors-are-distinct", RuleKind.Input);

    [Fact]
    public void Conception_cannot_be_in_the_future() =>
        Spec.When(Disclose(Command(conceivedOn: Given.Today.AddDays(1)))).ThenRefused("conception-is-not-in-the-future", RuleKind.Input);

    [Fact]
    public void An_earlier_public_disclosure_cannot_be_in_the_future() =>
        Spec.When(Disclose(Command(earlier: [new("talk", "IEEE NSS 2026", Given.Today.AddDays(3))])))
            .ThenRefused("earlier-disclosure-is-not-in-the-future", RuleKind.Input);

    [Fact]
    public void A_form_received_earlier_is_counted_on_the_day_it_was_received() =>
        Spec.When(Disclose(Command(conceivedOn: Given.Today.AddYears(-2), receivedOn: Given.Today.AddYears(-1))))
            .Then<TechnologyDisclosed, InventorSharesSet>((disclosed, _) =>
            {
                disclosed.ReceivedOn.ShouldBe(Given.Today.AddYears(-1));
                disclosed.Received.ShouldBe(Given.Today.AddYears(-1));
                disclosed.DisclosedAt.ShouldBe(Given.Now);
            });

    [Fact]
    public void A_disclosure_logged_before_the_received_date_was_asked_counts_on_the_day_it_was_logged() =>
        (Given.Disclosed with { ReceivedOn = null }).Received.ShouldBe(DateOnly.FromDateTime(Given.Disclosed.DisclosedAt.UtcDateTime));

    [Fact]
    public void A_form_is_received_neither_in_the_future_nor_before_the_invention_was_conceived()
    {
        Spec.When(Disclose(Command(receivedOn: Given.Today.AddDays(1)))).ThenRefused("receipt-is-not-in-the-future", RuleKind.Input);
        Spec.When(Disclose(Command(conceivedOn: Given.Today.AddMonths(-6), receivedOn: Given.Today.AddMonths(-7))))
            .ThenRefused("receipt-is-not-before-conception", RuleKind.Input);
    }
}
