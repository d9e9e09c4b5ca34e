using System.Net;
using TechTransfer.Client;
using TechTransfer.Client.Licensing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>
/// Revenue sharing through the API on real servers: a facility's tiered, dated policy and a patent cost; a payment on a technology
/// co-owned 70/30 is explained line by line; the co-owner's share is owed, paid out (never more than owed) and what remains shows.
/// </summary>
public sealed class RevenueSharingTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    private static AdoptPolicyRequest Policy(DateOnly from) => new(from,
        [
            new PolicyTierDto(0m, [new BeneficiaryDto("inventors", 1m), new BeneficiaryDto("lab", 1m), new BeneficiaryDto("office", 1m)]),
            new PolicyTierDto(10_000m, [new BeneficiaryDto("inventors", 1m), new BeneficiaryDto("office", 3m)]),
        ], DeductPatentCosts: true, Currency: "EUR", Description: "thirds, then the office takes more above 10 000 a year");

    [Fact]
    public async Task A_co_owned_payment_under_a_tiered_dated_policy_is_visible_per_payment_per_owner_and_per_inventor_and_the_co_owner_is_paid_out()
    {
        var ct = TestContext.Current.CancellationToken;
        var api = licensing.Api;
        var facility = $"LAB-{Guid.NewGuid():N}"[..12];
        var (technology, inventorA, inventorB) = await licensing.TechnologyReadyAsync(facility);
        var today = LicensingFixture.Today;

        (await api.GetPolicyInForceAsync(facility, ct: ct)).IsDefault.ShouldBeTrue();
        (await api.GetPoliciesAsync(facility, ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var adopted = await api.AdoptPolicyAsync(facility, Policy(today.AddYears(-2)), ETags.For(0), ct);
        adopted.Version.ShouldBe(1);
        await SdkCalls.RefusedAsync(() => api.AdoptPolicyAsync(facility, Policy(today.AddYears(-1)), ETags.For(0), ct), HttpStatusCode.PreconditionFailed);
        (await SdkCalls.RefusedAsync(() => api.AdoptPolicyAsync(facility, Policy(today.AddYears(-3)), ct: ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("policy-takes-effect-after-the-last");
        var inForce = await api.GetPolicyInForceAsync(facility, today, ct);
        (inForce.IsDefault, inForce.Tiers.Count).ShouldBe((false, 2));

        await api.RecordPatentCostAsync(technology, new RecordPatentCostRequest(1_000m, "EPO-FEES-1", "EUR"), ETags.For(0), ct);

        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync()));
        await licensing.SignAsync(id);
        var upfront = (await api.GetLicenceAsync(id, ct)).Statements[0].Id;
        var paymentId = (await api.RecordPaymentAsync(id, new RecordPaymentRequest(upfront, 10_000m, PaidOn: today), ct: ct)).PaymentId;

        // 10 000: the facility 7 000 and EPFL 3 000; 1 000 of patent costs first; the facility's net 6 000 in thirds (tier 1); inventors 60/40 of 2 000.
        var share = await api.GetPaymentShareAsync(paymentId, ct);
        share.Owners.Select(o => (o.Name, o.Amount.Amount)).ShouldBe([(facility, 7_000m), ("EPFL", 3_000m)]);
        (share.PatentCostsRecovered!.Amount, share.FacilityNet!.Amount).ShouldBe((1_000m, 6_000m));
        share.Beneficiaries.Select(b => b.Amount.Amount).ShouldBe([2_000m, 2_000m, 2_000m]);
        share.Inventors.Select(i => i.Amount.Amount).ShouldBe([1_200m, 800m]);
        share.Policy!.PolicyId.ShouldBe(adopted.PolicyId);
        share.Explanation.ShouldContain("Owner EPFL (university, 30 %): 3,000.00 EUR, owed to this co-owner.");
        (await api.InventorIncomeAsync(inventorB, today.Year, ct)).Totals[0].Amount.ShouldBe(800m);
        (await api.GetPatentCostsAsync(technology, ct)).Ok().Totals[0].Unrecovered.ShouldBe(0m);

        // The co-owner: owed 3 000, a payout above it refused, 2 000 paid, 1 000 remains; the facility's part is not paid out.
        var year = (await api.OwnerIncomeAsync("EPFL", today.Year, ct)).Ok();
        year.AtYearEnd.Single(b => b.Currency == "EUR").Remaining.ShouldBeGreaterThanOrEqualTo(3_000m); // other tests' payments may owe EPFL too
        var remaining = year.AtYearEnd[0].Remaining;
        (await SdkCalls.RefusedAsync(() => api.RecordPayoutAsync("EPFL", new RecordPayoutRequest(remaining + 0.01m, "BANK-1"), ETags.For(year.Version), ct),
            HttpStatusCode.Conflict)).Rule().ShouldBe("payout-does-not-exceed-what-is-owed");
        await api.RecordPayoutAsync("EPFL", new RecordPayoutRequest(2_000m, "BANK-2", PaidOn: today), ETags.For(year.Version), ct);
        var after = (await api.OwnerIncomeAsync("EPFL", today.Year, ct)).Ok();
        after.AtYearEnd[0].Remaining.ShouldBe(remaining - 2_000m);
        after.Payouts.ShouldContain(p => p.Reference == "BANK-2");
        (await SdkCalls.RefusedAsync(() => api.RecordPayoutAsync(facility, new RecordPayoutRequest(1m, "BANK-3"), ct: ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("payout-is-to-a-co-owner");
        (await api.ListOwnersAsync(ct)).ShouldContain(o => o.Owner == facility);
    }

    [Fact]
    public async Task Bad_input_is_named_never_a_500()
    {
        var ct = TestContext.Current.CancellationToken;
        var api = licensing.Api;
        // Raw where a field is left out: the SDK's requests always carry it.
        var missing = await (await licensing.Staff.PostAsync("/revenue-shares/policies/CERN", new { })).ProblemAsync(400);
        missing.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(n => n.Contains("EffectiveFrom", StringComparison.OrdinalIgnoreCase));
        var rising = new AdoptPolicyRequest(LicensingFixture.Today, [new PolicyTierDto(5m, [new BeneficiaryDto("office", 1m)])]);
        (await SdkCalls.RefusedAsync(() => api.AdoptPolicyAsync("CERN", rising, ct: ct), HttpStatusCode.UnprocessableEntity)).Rule().ShouldBe("tiers-start-at-zero-and-rise");
        await SdkCalls.RefusedAsync(() => api.RecordPayoutAsync("nobody", new RecordPayoutRequest(1m, "BANK-1"), ct: ct), HttpStatusCode.NotFound);
        (await (await licensing.Staff.PostAsync("/revenue-shares/owners/EPFL/payouts", new { })).ProblemAsync(400)).GetProperty("errors").EnumerateObject()
            .Select(e => e.Name).ShouldContain(n => n.Contains("Amount", StringComparison.OrdinalIgnoreCase));
        (await SdkCalls.RefusedAsync(() => api.RecordPatentCostAsync(Guid.NewGuid(), new RecordPatentCostRequest(1m, "X-1", "XYZ"), ct: ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("currency-is-supported");
        (await api.OwnerIncomeAsync("EPFL", 99, ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // Raw: a date that does not exist, which a DateOnly cannot hold.
        (await licensing.Staff.GetAsync("/revenue-shares/policies/CERN/in-force?on=2026-02-30", ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await SdkCalls.RefusedAsync(() => api.GetPaymentShareAsync(Guid.NewGuid(), ct), HttpStatusCode.NotFound);
    }
}
