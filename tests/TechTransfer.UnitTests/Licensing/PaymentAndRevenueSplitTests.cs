using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.RevenueSharing;
using TechTransfer.Licensing.Api.Royalties;

namespace TechTransfer.UnitTests.Licensing;

public sealed class PaymentAndRevenueSplitTests
{
    [Fact]
    public void Apportioning_by_largest_remainder_adds_up_exactly()
    {
        RevenueSplit.Apportion(Given.Eur(100m), [1m, 1m, 1m]).Select(m => m.Amount).ShouldBe([33.34m, 33.33m, 33.33m]);
        RevenueSplit.Apportion(Given.Eur(0.05m), [60m, 40m]).Select(m => m.Amount).ShouldBe([0.03m, 0.02m]);
        RevenueSplit.Apportion(new Money(1001m, "JPY"), [50m, 50m]).Select(m => m.Amount).ShouldBe([501m, 500m]);
    }

    [Fact]
    public void A_payment_is_split_among_owners_then_the_facility_part_among_its_inventors()
    {
        var split = RevenueSplit.Of(Given.Eur(1_000.01m), Given.Marketed.Owners, Given.Marketed.Inventors, 100m);
        split.Owners.Select(o => (o.Name, o.Amount.Amount)).ShouldBe([("CERN", 700.01m), ("EPFL", 300.00m)]);
        split.FacilityPart.ShouldBe(Given.Eur(700.01m));
        split.Inventors.Select(i => (i.InventorId, i.Amount.Amount)).ShouldBe([(Given.InventorA, 420.01m), (Given.InventorB, 280.00m)]);
        split.FacilityKeeps.ShouldBe(Given.Eur(0m));
    }

    [Fact]
    public void With_a_facility_policy_the_inventors_get_their_portion_and_the_facility_keeps_the_rest()
    {
        var split = RevenueSplit.Of(Given.Eur(900m), [new OwnerPart("JET", "Facility", 100m)], Given.Marketed.Inventors, 33.33m);
        split.InventorsPool.ShouldBe(Given.Eur(299.97m));
        split.FacilityKeeps.ShouldBe(Given.Eur(600.03m));
        split.Inventors.Sum(i => i.Amount.Amount).ShouldBe(299.97m);
    }

    [Fact]
    public void A_payment_is_recorded_against_a_statement_split_running_vs_other_and_never_over_what_is_due()
    {
        var licence = Given.Signed();
        var upfront = licence.Statements.Single();
        string Rule(RecordPayment p) => Should.Throw<DomainRuleViolation>(() => RoyaltyDecisions.RecordPayment(licence, p, Given.Marketed, 100m, "o", Given.Now, Guid.NewGuid())).Rule;
        Rule(new RecordPayment(upfront.Id, 10_000.01m)).ShouldBe("payment-does-not-exceed-what-is-due");
        Rule(new RecordPayment(upfront.Id, 10m, "CHF")).ShouldBe("payment-in-the-statement-currency");
        Rule(new RecordPayment(upfront.Id, 10m, null, Given.Today.AddDays(1))).ShouldBe("payment-date-is-not-in-the-future");
        Should.Throw<NotFound>(() => RoyaltyDecisions.RecordPayment(licence, new RecordPayment(Guid.NewGuid(), 1m), Given.Marketed, 100m, "o", Given.Now, Guid.NewGuid()));

        var events = RoyaltyDecisions.RecordPayment(licence, new RecordPayment(upfront.Id, 6_000m), Given.Marketed, 100m, "o", Given.Now, Guid.NewGuid());
        var paid = events.OfType<PaymentRecorded>().Single();
        (paid.RunningRoyalties.Amount, paid.OtherIncome.Amount, paid.Facility).ShouldBe((0m, 6_000m, "CERN"));
        events.OfType<RevenueShared>().Single().Owners.Sum(o => o.Amount.Amount).ShouldBe(6_000m);
        Given.Apply(licence, events).Statements.Single().Outstanding.ShouldBe(Given.Eur(4_000m));
    }

    [Fact]
    public void A_payment_cannot_be_shared_without_agreed_ownership() =>
        Should.Throw<DomainRuleViolation>(() => RevenueSplit.Of(Given.Eur(1m), [], [], 100m)).Rule.ShouldBe("ip-ownership-is-agreed");
}
