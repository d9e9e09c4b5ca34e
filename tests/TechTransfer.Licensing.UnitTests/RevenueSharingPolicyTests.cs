using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.Licences.RecordPayment;
using TechTransfer.Licensing.Api.RevenueSharing;
using TechTransfer.Licensing.Api.RevenueSharing.CoOwners;
using TechTransfer.Licensing.Api.RevenueSharing.CoOwners.RecordPayout;
using TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;
using TechTransfer.Licensing.Api.RevenueSharing.PatentCosts.RecordPatentCost;
using TechTransfer.Licensing.Api.RevenueSharing.Policies;
using TechTransfer.Licensing.Api.RevenueSharing.Policies.Adopt;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Licensing.UnitTests;

/// <summary>Policies as data: effective dates and year boundaries over every day of 2024–2028, adoption rules, patent costs, co-owner payouts.</summary>
public sealed class RevenueSharingPolicyTests
{
    private static readonly DateTimeOffset At = new(2023, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static AdoptPolicy Thirds(DateOnly from, decimal? threshold = null) => new(from,
        threshold is { } t
            ? [new PolicyTier(0m, [new Beneficiary("Inventors", 1m), new Beneficiary("lab", 1m), new Beneficiary("office", 1m)]),
               new PolicyTier(t, [new Beneficiary("inventors", 1m), new Beneficiary("office", 3m)])]
            : [new PolicyTier(0m, [new Beneficiary("inventors", 1m), new Beneficiary("lab", 1m), new Beneficiary("office", 1m)])]);

    private static FacilityPolicies Adopted(params AdoptPolicy[] policies) =>
        policies.Aggregate((FacilityPolicies?)null, (held, p) =>
            AdoptPolicyDecision.Decide(held, "CERN", p, Guid.NewGuid(), new DateOnly(2023, 6, 1), "olga", At).Aggregate(held, FacilityPolicies.Next))!;

    private static IEnumerable<DateOnly> EveryDay(int fromYear, int toYear)
    {
        for (var d = new DateOnly(fromYear, 1, 1); d <= new DateOnly(toYear, 12, 31); d = d.AddDays(1)) yield return d;
    }

    [Fact]
    public void The_policy_in_force_is_the_latest_effective_on_or_before_the_day_on_every_day_of_2024_to_2028()
    {
        DateOnly[] dates = [new(2024, 2, 29), new(2025, 1, 1), new(2026, 12, 31), new(2028, 2, 29)];
        var policies = Adopted([.. dates.Select(d => Thirds(d))]);
        foreach (var day in EveryDay(2024, 2028))
        {
            var inForce = policies.InForceOn(day);
            var expected = dates.LastOrDefault(d => d <= day);
            (inForce.IsDefault ? (DateOnly?)null : inForce.EffectiveFrom).ShouldBe(expected == default ? null : expected, $"on {day:yyyy-MM-dd}");
        }
        policies.InForceOn(new DateOnly(2024, 2, 28)).IsDefault.ShouldBeTrue();
        policies.InForceOn(new DateOnly(2026, 12, 30)).EffectiveFrom.ShouldBe(new DateOnly(2025, 1, 1));
        policies.InForceOn(new DateOnly(2026, 12, 31)).EffectiveFrom.ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public void The_yearly_threshold_counts_income_received_in_the_payments_calendar_year_on_every_day_of_2024_to_2028()
    {
        var policies = Adopted(Thirds(new DateOnly(2023, 1, 1), threshold: 10_000m));
        foreach (var day in EveryDay(2024, 2028))
        {
            var licence = Given.Signed(signedOn: new DateOnly(2023, 1, 1));
            var statement = licence.Statements.Single();
            // 9 500 received earlier the same year (on 1 January when the payment is on 1 January), 50 000 the year before.
            var ledger = new[]
            {
                new FacilityIncomeShared(Guid.NewGuid(), licence.Id, licence.TechnologyId, day.Year - 1, Given.Eur(0m), Given.Eur(50_000m), "o", At),
                new FacilityIncomeShared(Guid.NewGuid(), licence.Id, licence.TechnologyId, day.Year, Given.Eur(0m), Given.Eur(9_500m), "o", At),
            }.Aggregate((TechnologyLedger?)null, (l, e) => TechnologyLedger.Next(l, Guid.NewGuid(), e));
            var now = day.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc);
            var events = RecordPaymentDecision.Decide(licence, new RecordPayment(statement.Id, 1_000m, null, day), Given.Marketed, policies, ledger, "o", now, Guid.NewGuid());
            var shared = events.OfType<RevenueShared>().Single();
            // CERN's 700: 500 fill the first tier up to 10 000, 200 fall above it.
            shared.Tiers!.Select(t => (t.Tier, t.Amount.Amount)).ShouldBe([(1, 500m), (2, 200m)], $"paid on {day:yyyy-MM-dd}");
            (shared.Year, shared.PaidOn).ShouldBe((day.Year, day));
        }
    }

    [Fact]
    public void Income_of_31_December_counts_in_its_year_and_1_January_starts_the_next_below_the_threshold()
    {
        var policies = Adopted(Thirds(new DateOnly(2023, 1, 1), threshold: 10_000m));
        var licence = Given.Signed(signedOn: new DateOnly(2023, 1, 1));
        var statement = licence.Statements.Single();
        TechnologyLedger? ledger = null;
        var now = new DateTimeOffset(2027, 1, 2, 9, 0, 0, TimeSpan.Zero);
        foreach (var day in new[] { new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1) })
        {
            var events = RecordPaymentDecision.Decide(licence, new RecordPayment(statement.Id, 5_000m, null, day), Given.Marketed, policies, ledger, "o", now, Guid.NewGuid());
            licence = Given.Apply(licence, events);
            ledger = RecordPaymentDecision.LedgerEvents(licence.Id, events).Aggregate(ledger, (l, e) => TechnologyLedger.Next(l, Guid.NewGuid(), e));
            events.OfType<RevenueShared>().Single().Tiers!.Single().Tier.ShouldBe(1);
        }
        (ledger!.NetIn(2026, "EUR").Amount, ledger.NetIn(2027, "EUR").Amount).ShouldBe((3_500m, 3_500m));
    }

    [Fact]
    public void Policies_only_move_forward_a_future_one_may_be_corrected_on_its_day_and_bad_tiers_are_named()
    {
        var today = new DateOnly(2026, 3, 1);
        Func<FacilityPolicies?, IReadOnlyList<object>> Adopt(AdoptPolicy p) => held => AdoptPolicyDecision.Decide(held, "CERN", p, Guid.NewGuid(), today, "o", At);
        var held = Adopted(Thirds(new DateOnly(2026, 1, 1)));

        Spec.Given(held).When(Adopt(Thirds(new DateOnly(2025, 12, 31)))).ThenRefused("policy-takes-effect-after-the-last", RuleKind.CurrentState);
        Spec.Given(held).When(Adopt(Thirds(new DateOnly(2026, 1, 1)))).ThenRefused("policy-takes-effect-after-the-last", RuleKind.CurrentState);
        var future = AdoptPolicyDecision.Decide(held, "CERN", Thirds(new DateOnly(2026, 7, 1)), Guid.NewGuid(), today, "o", At).Aggregate((FacilityPolicies?)held, FacilityPolicies.Next)!;
        var corrected = AdoptPolicyDecision.Decide(future, "CERN", Thirds(new DateOnly(2026, 7, 1), 5_000m), Guid.NewGuid(), today, "o", At).Aggregate((FacilityPolicies?)future, FacilityPolicies.Next)!;
        corrected.Policies.Select(p => (p.EffectiveFrom, p.Tiers.Count)).ShouldBe([(new DateOnly(2026, 1, 1), 1), (new DateOnly(2026, 7, 1), 2)]);

        var noPolicy = Spec.Given((FacilityPolicies?)null);
        noPolicy.When(Adopt(new AdoptPolicy(today, []))).ThenRefused("policy-has-tiers");
        noPolicy.When(Adopt(new AdoptPolicy(today, [new PolicyTier(100m, [new Beneficiary("office", 1m)])]))).ThenRefused("tiers-start-at-zero-and-rise");
        noPolicy.When(Adopt(new AdoptPolicy(today, [new PolicyTier(0m, [new Beneficiary("office", 1m)]), new PolicyTier(0m, [new Beneficiary("office", 1m)])])))
            .ThenRefused("tiers-start-at-zero-and-rise");
        noPolicy.When(Adopt(new AdoptPolicy(today, [new PolicyTier(0m, [new Beneficiary("office", 1m), new Beneficiary("Office ", 2m)])]))).ThenRefused("beneficiary-is-named-once");
        noPolicy.When(Adopt(new AdoptPolicy(today, [new PolicyTier(0m, [new Beneficiary("office", 0m)])]))).ThenRefused("weight-is-positive");
        noPolicy.When(Adopt(new AdoptPolicy(today, [new PolicyTier(0m, [new Beneficiary("office", 1m)]), new PolicyTier(10.001m, [new Beneficiary("lab", 1m)])])))
            .ThenRefused("amount-fits-the-currency");
        noPolicy.When(Adopt(new AdoptPolicy(today, [new PolicyTier(0m, [])]))).ThenRefused("tier-has-beneficiaries");
    }

    [Fact]
    public void Patent_costs_are_recorded_not_in_the_future_and_recovered_once()
    {
        var today = new DateOnly(2028, 2, 29);
        var costId = Guid.Parse("0195c000-0000-7000-8000-0000000000d1");
        Spec.When(() => RecordPatentCostDecision.Decide(Guid.NewGuid(), new RecordPatentCost(10m, "INV-1", null, today.AddDays(1)), Guid.NewGuid(), today, "o", At))
            .ThenRefused("cost-date-is-not-in-the-future");
        List<object> events =
        [
            .. Spec.When(() => RecordPatentCostDecision.Decide(Given.TechnologyId, new RecordPatentCost(1_200m, "EPO-2026-17", "EUR", today), costId, today, "o", At))
                .Then(new PatentCostRecorded(costId, Given.TechnologyId, Given.Eur(1_200m), today, "EPO-2026-17", null, "o", At)),
        ];
        events.Add(new FacilityIncomeShared(Guid.NewGuid(), Guid.NewGuid(), Given.TechnologyId, 2028, Given.Eur(800m), Given.Eur(100m), "o", At));
        var ledger = events.Aggregate((TechnologyLedger?)null, (l, e) => TechnologyLedger.Next(l, Guid.NewGuid(), e))!;
        (ledger.RecordedIn("EUR").Amount, ledger.Unrecovered("EUR").Amount, ledger.Unrecovered("CHF").Amount).ShouldBe((1_200m, 400m, 0m));
    }

    [Fact]
    public void A_payout_never_exceeds_what_the_co_owner_is_owed_and_not_yet_paid_and_goes_to_co_owners_only()
    {
        var today = new DateOnly(2024, 12, 31);
        var epfl = new OwnerIdentity("EPFL", "university");
        var owed = Given.Eur(5_900m);
        var payoutId = Guid.Parse("0195c000-0000-7000-8000-0000000000d2");
        Func<CoOwnerAccount?, IReadOnlyList<object>> PayOut(OwnerIdentity who, RecordPayout p) => a => RecordPayoutDecision.Decide(a, who, owed, p, payoutId, today, "o", At);
        var first = Spec.Given((CoOwnerAccount?)null)
            .When(PayOut(epfl, new RecordPayout(5_000m, "BANK-1")))
            .Then(new CoOwnerPaidOut(payoutId, "EPFL", Given.Eur(5_000m), today, "BANK-1", "o", At));
        var account = Spec.Given(first.Aggregate((CoOwnerAccount?)null, (a, e) => CoOwnerAccount.Next(a, Guid.NewGuid(), e))!);

        account.When(PayOut(epfl, new RecordPayout(900.01m, "BANK-2"))).ThenRefused("payout-does-not-exceed-what-is-owed", RuleKind.CurrentState);
        account.When(PayOut(epfl, new RecordPayout(1m, "BANK-2", "CHF"))).ThenRefused("payout-does-not-exceed-what-is-owed");
        account.When(PayOut(epfl, new RecordPayout(1m, "BANK-2", null, today.AddDays(1)))).ThenRefused("payout-date-is-not-in-the-future");
        account.When(PayOut(new OwnerIdentity("CERN", "Facility"), new RecordPayout(1m, "BANK-2"))).ThenRefused("payout-is-to-a-co-owner");
        account.When(PayOut(epfl, new RecordPayout(900m, "BANK-2"))).Then(new CoOwnerPaidOut(payoutId, "EPFL", Given.Eur(900m), today, "BANK-2", "o", At));
    }

    [Fact]
    public void Stream_keys_are_stable_and_ignore_case_and_spaces() =>
        (StreamKeys.CoOwner(" EPFL") == StreamKeys.CoOwner("epfl"), StreamKeys.Policies("CERN") == StreamKeys.CoOwner("CERN"),
            StreamKeys.Ledger(Given.TechnologyId) == Given.TechnologyId).ShouldBe((true, false, false));
}
