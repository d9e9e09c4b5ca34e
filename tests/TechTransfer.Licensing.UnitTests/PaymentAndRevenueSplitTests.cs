using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.RecordPayment;
using TechTransfer.Licensing.Api.RevenueSharing;
using TechTransfer.Licensing.Api.RevenueSharing.Policies;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Licensing.UnitTests;

public sealed class PaymentAndRevenueSplitTests
{
    private static readonly LedgerPosition Nothing = new(Given.Eur(0m), Given.Eur(0m));

    [Fact]
    public void Apportioning_by_largest_remainder_adds_up_exactly()
    {
        RevenueSplit.Apportion(Given.Eur(100m), [1m, 1m, 1m]).Select(m => m.Amount).ShouldBe([33.34m, 33.33m, 33.33m]);
        RevenueSplit.Apportion(Given.Eur(0.05m), [60m, 40m]).Select(m => m.Amount).ShouldBe([0.03m, 0.02m]);
        RevenueSplit.Apportion(new Money(1001m, "JPY"), [50m, 50m]).Select(m => m.Amount).ShouldBe([501m, 500m]);
    }

    [Fact]
    public void The_issues_payment_owes_the_university_its_30_percent_and_the_default_shares_the_facility_part_in_thirds()
    {
        var owners = new[] { new OwnerPart("CERN", "facility", 70m), new OwnerPart("University of Geneva", "university", 30m) };
        var split = RevenueSplit.Of(Given.Eur(19_666.67m), owners, Given.Marketed.Inventors, Policy.Default("CERN"), Nothing);

        split.Owners.Select(o => (o.Name, o.Amount.Amount)).ShouldBe([("CERN", 13_766.67m), ("University of Geneva", 5_900.00m)]);
        split.Policy.IsDefault.ShouldBeTrue();
        split.Beneficiaries.Select(b => (b.Name, b.Amount.Amount)).ShouldBe([("inventors", 4_588.89m), ("lab", 4_588.89m), ("office", 4_588.89m)]);
        split.Inventors.Select(i => i.Amount.Amount).ShouldBe([2_753.33m, 1_835.56m]);
        (split.InventorsPool.Amount, split.FacilityKeeps.Amount).ShouldBe((4_588.89m, 9_177.78m));
        split.Explanation.ShouldContain("Owner University of Geneva (university, 30 %): 5,900.00 EUR, owed to this co-owner.");
    }

    /// <summary>Thirds up to 10 000 a year, then a quarter to the inventors and the rest to the office; 2 000 of patent costs not yet recovered.</summary>
    private static readonly Policy Tiered = new(Guid.NewGuid(), "CERN", new DateOnly(2025, 1, 1), "EUR", true,
        [
            new ShareTier(0m, [new ShareOf("inventors", 1m), new ShareOf("lab", 1m), new ShareOf("office", 1m)]),
            new ShareTier(10_000m, [new ShareOf("inventors", 1m), new ShareOf("office", 3m)]),
        ], "tiered", "olga", Given.Now);

    [Fact]
    public void Patent_costs_are_recovered_first_then_the_net_is_cut_at_the_yearly_threshold_and_each_tier_shared_by_weight()
    {
        var split = RevenueSplit.Of(Given.Eur(20_000m), [new OwnerPart("CERN", "facility", 100m)], Given.Marketed.Inventors, Tiered,
            new LedgerPosition(Given.Eur(2_000m), Given.Eur(5_000m)));

        (split.PatentCostsRecovered.Amount, split.FacilityNet.Amount).ShouldBe((2_000m, 18_000m));
        split.Tiers.Select(t => (t.Tier, t.Amount.Amount)).ShouldBe([(1, 5_000m), (2, 13_000m)]);
        split.Tiers[0].Beneficiaries.Select(b => b.Amount.Amount).ShouldBe([1_666.67m, 1_666.67m, 1_666.66m]);
        split.Tiers[1].Beneficiaries.Select(b => b.Amount.Amount).ShouldBe([3_250m, 9_750m]);
        split.Beneficiaries.Select(b => (b.Name, b.Amount.Amount)).ShouldBe([("inventors", 4_916.67m), ("lab", 1_666.67m), ("office", 11_416.66m)]);
        split.Inventors.Sum(i => i.Amount.Amount).ShouldBe(4_916.67m);
        (split.Beneficiaries.Sum(b => b.Amount.Amount) + split.PatentCostsRecovered.Amount).ShouldBe(20_000m);
        split.Explanation.ShouldContain(l => l.StartsWith("Tier 2 (from 10000 EUR a year): 13,000.00 EUR → inventors 3,250.00 EUR (25 %), office 9,750.00 EUR (75 %)"));
    }

    [Fact]
    public void Patent_costs_above_the_facility_part_take_all_of_it_and_a_policy_may_not_deduct_them()
    {
        var facility = new[] { new OwnerPart("CERN", "facility", 100m) };
        var eaten = RevenueSplit.Of(Given.Eur(500m), facility, Given.Marketed.Inventors, Tiered, new LedgerPosition(Given.Eur(2_000m), Given.Eur(0m)));
        (eaten.PatentCostsRecovered.Amount, eaten.FacilityNet.Amount, eaten.Inventors.Sum(i => i.Amount.Amount)).ShouldBe((500m, 0m, 0m));

        var kept = RevenueSplit.Of(Given.Eur(500m), facility, Given.Marketed.Inventors, Tiered with { DeductPatentCosts = false },
            new LedgerPosition(Given.Eur(2_000m), Given.Eur(0m)));
        (kept.PatentCostsRecovered.Amount, kept.FacilityNet.Amount).ShouldBe((0m, 500m));
    }

    [Fact]
    public void Without_inventor_shares_the_inventors_part_stays_with_the_facility_and_the_explanation_says_so()
    {
        var split = RevenueSplit.Of(Given.Eur(900m), [new OwnerPart("JET", "Facility", 100m)], [], Policy.Default("JET"), Nothing);
        (split.InventorsPool.Amount, split.FacilityKeeps.Amount).ShouldBe((0m, 900m));
        split.Explanation.ShouldContain(l => l.Contains("no contribution shares known"));
    }

    [Fact]
    public void A_payment_in_another_currency_than_the_thresholds_is_shared_by_the_first_tier() =>
        RevenueSplit.Of(new Money(50_000m, "CHF"), [new OwnerPart("CERN", "facility", 100m)], Given.Marketed.Inventors, Tiered,
            new LedgerPosition(new Money(0m, "CHF"), new Money(40_000m, "CHF"))).Tiers.Single().Tier.ShouldBe(1);

    [Fact]
    public void A_payment_is_recorded_against_a_statement_split_running_vs_other_and_never_over_what_is_due()
    {
        var paymentId = Guid.Parse("0195c000-0000-7000-8000-0000000000d1");
        var licence = Given.Signed();
        var upfront = licence.Statements.Single();
        Func<Licence, IReadOnlyList<object>> Pay(RecordPayment payment) => l => RecordPaymentDecision.Decide(l, payment, Given.Marketed, null, null, "o", Given.Now, paymentId);
        var paying = Spec.Given(licence);
        paying.When(Pay(new RecordPayment(upfront.Id, 10_000.01m))).ThenRefused("payment-does-not-exceed-what-is-due");
        paying.When(Pay(new RecordPayment(upfront.Id, 10m, "CHF"))).ThenRefused("payment-in-the-statement-currency");
        paying.When(Pay(new RecordPayment(upfront.Id, 10m, null, Given.Today.AddDays(1)))).ThenRefused("payment-date-is-not-in-the-future");
        paying.When(Pay(new RecordPayment(Guid.NewGuid(), 1m))).ThenThrows<NotFoundException>();

        var (paid, shared) = paying.When(Pay(new RecordPayment(upfront.Id, 6_000m))).Then<PaymentRecorded, RevenueShared>((paid, shared) =>
        {
            paid.ShouldBe(new PaymentRecorded(paymentId, upfront.Id, Given.TechnologyId, Given.Licensee.Id, "CERN", Given.Eur(6_000m), Given.Eur(0m), Given.Eur(6_000m),
                Given.Today, "o", Given.Now));
            shared.Owners.Sum(o => o.Amount.Amount).ShouldBe(6_000m);
        });
        Given.Apply(licence, [paid, shared]).Statements.Single().Outstanding.ShouldBe(Given.Eur(4_000m));
        RecordPaymentDecision.LedgerEvents(licence.Id, [paid, shared]).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_payment_cannot_be_shared_without_agreed_ownership() =>
        Should.Throw<DomainRuleViolationException>(() => RevenueSplit.Of(Given.Eur(1m), [], [], Policy.Default("CERN"), Nothing)).Rule.ShouldBe("ip-ownership-is-agreed");
}
