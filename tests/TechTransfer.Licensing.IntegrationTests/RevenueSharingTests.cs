using System.Net;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>
/// Issue 12, items 3 and 4, through the API on real servers: a facility's tiered, dated policy and a patent cost; a payment on a
/// technology co-owned 70/30 is explained line by line; the co-owner's share is owed, paid out (never more than owed) and what remains shows.
/// </summary>
public sealed class RevenueSharingTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    private static object Policy(DateOnly from) => new
    {
        effectiveFrom = from, currency = "EUR", deductPatentCosts = true, description = "thirds, then the office takes more above 10 000 a year",
        tiers = new object[]
        {
            new { from = 0m, beneficiaries = new[] { new { name = "inventors", weight = 1m }, new { name = "lab", weight = 1m }, new { name = "office", weight = 1m } } },
            new { from = 10_000m, beneficiaries = new[] { new { name = "inventors", weight = 1m }, new { name = "office", weight = 3m } } },
        },
    };

    [Fact]
    public async Task A_co_owned_payment_under_a_tiered_dated_policy_is_visible_per_payment_per_owner_and_per_inventor_and_the_co_owner_is_paid_out()
    {
        var ct = TestContext.Current.CancellationToken;
        var facility = $"LAB-{Guid.NewGuid():N}"[..12];
        var (technology, inventorA, inventorB) = await licensing.TechnologyReadyAsync(facility);
        var today = LicensingFixture.Today;

        (await licensing.Staff.GetOkAsync($"/revenue-shares/policies/{facility}/in-force")).GetProperty("isDefault").GetBoolean().ShouldBeTrue();
        (await licensing.Staff.GetAsync($"/revenue-shares/policies/{facility}", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var adopted = await licensing.Staff.PostOkAsync($"/revenue-shares/policies/{facility}", Policy(today.AddYears(-2)), ifMatch: 0);
        adopted.GetProperty("version").GetInt64().ShouldBe(1);
        (await (await licensing.Staff.PostAsync($"/revenue-shares/policies/{facility}", Policy(today.AddYears(-1)), ifMatch: 0)).ProblemAsync(412)).ShouldNotBe(default);
        (await (await licensing.Staff.PostAsync($"/revenue-shares/policies/{facility}", Policy(today.AddYears(-3)))).ProblemAsync(409))
            .GetProperty("rule").GetString().ShouldBe("policy-takes-effect-after-the-last");
        var inForce = await licensing.Staff.GetOkAsync($"/revenue-shares/policies/{facility}/in-force?on={today:yyyy-MM-dd}");
        (inForce.GetProperty("isDefault").GetBoolean(), inForce.GetProperty("tiers").GetArrayLength()).ShouldBe((false, 2));

        await licensing.Staff.PostOkAsync($"/patent-costs/technologies/{technology}", new { amount = 1_000m, currency = "EUR", reference = "EPO-FEES-1" }, ifMatch: 0);

        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync()));
        await licensing.Staff.PostOkAsync($"/licences/{id}/signature", new { });
        var upfront = (await licensing.Staff.GetOkAsync($"/licences/{id}")).GetProperty("statements")[0].GetProperty("id").GetGuid();
        var paymentId = (await licensing.Staff.PostOkAsync($"/licences/{id}/payments", new { statementId = upfront, amount = 10_000m, paidOn = today }))
            .GetProperty("paymentId").GetGuid();

        // 10 000: the facility 7 000 and EPFL 3 000; 1 000 of patent costs first; the facility's net 6 000 in thirds (tier 1); inventors 60/40 of 2 000.
        var share = await licensing.Staff.GetOkAsync($"/revenue-shares/payments/{paymentId}");
        share.GetProperty("owners").EnumerateArray().Select(o => (o.GetProperty("name").GetString(), o.GetProperty("amount").Amount()))
            .ShouldBe([(facility, 7_000m), ("EPFL", 3_000m)]);
        (share.GetProperty("patentCostsRecovered").Amount(), share.GetProperty("facilityNet").Amount()).ShouldBe((1_000m, 6_000m));
        share.GetProperty("beneficiaries").EnumerateArray().Select(b => b.GetProperty("amount").Amount()).ShouldBe([2_000m, 2_000m, 2_000m]);
        share.GetProperty("inventors").EnumerateArray().Select(i => i.GetProperty("amount").Amount()).ShouldBe([1_200m, 800m]);
        share.GetProperty("policy").GetProperty("policyId").GetGuid().ShouldBe(adopted.GetProperty("policyId").GetGuid());
        share.GetProperty("explanation").EnumerateArray().Select(l => l.GetString()).ShouldContain("Owner EPFL (university, 30 %): 3,000.00 EUR, owed to this co-owner.");
        (await licensing.Staff.GetOkAsync($"/revenue-shares/inventors/{inventorB}/years/{today.Year}")).GetProperty("totals")[0].GetProperty("amount").GetDecimal()
            .ShouldBe(800m);
        var ledger = await licensing.Staff.GetOkAsync($"/patent-costs/technologies/{technology}");
        ledger.GetProperty("totals")[0].GetProperty("unrecovered").GetDecimal().ShouldBe(0m);

        // The co-owner: owed 3 000, a payout above it refused, 2 000 paid, 1 000 remains; the facility's part is not paid out.
        var year = await licensing.Staff.GetOkAsync($"/revenue-shares/owners/EPFL/years/{today.Year}");
        year.GetProperty("atYearEnd").EnumerateArray().Single(b => b.GetProperty("currency").GetString() == "EUR").GetProperty("remaining").GetDecimal()
            .ShouldBeGreaterThanOrEqualTo(3_000m); // other tests' payments may owe EPFL too
        var remaining = year.GetProperty("atYearEnd")[0].GetProperty("remaining").GetDecimal();
        var version = year.GetProperty("version").GetInt64();
        (await (await licensing.Staff.PostAsync("/revenue-shares/owners/EPFL/payouts", new { amount = remaining + 0.01m, reference = "BANK-1" }, version)).ProblemAsync(409))
            .GetProperty("rule").GetString().ShouldBe("payout-does-not-exceed-what-is-owed");
        await licensing.Staff.PostOkAsync("/revenue-shares/owners/EPFL/payouts", new { amount = 2_000m, reference = "BANK-2", paidOn = today }, version);
        var after = await licensing.Staff.GetOkAsync($"/revenue-shares/owners/EPFL/years/{today.Year}");
        after.GetProperty("atYearEnd")[0].GetProperty("remaining").GetDecimal().ShouldBe(remaining - 2_000m);
        after.GetProperty("payouts").EnumerateArray().ShouldContain(p => p.GetProperty("reference").GetString() == "BANK-2");
        (await (await licensing.Staff.PostAsync($"/revenue-shares/owners/{facility}/payouts", new { amount = 1m, reference = "BANK-3" })).ProblemAsync(422))
            .GetProperty("rule").GetString().ShouldBe("payout-is-to-a-co-owner");
        (await licensing.Staff.GetOkAsync("/revenue-shares/owners")).EnumerateArray().ShouldContain(o => o.GetProperty("owner").GetString() == facility);
    }

    [Fact]
    public async Task Bad_input_is_named_never_a_500()
    {
        var ct = TestContext.Current.CancellationToken;
        var missing = await (await licensing.Staff.PostAsync("/revenue-shares/policies/CERN", new { })).ProblemAsync(400);
        missing.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(n => n.Contains("EffectiveFrom", StringComparison.OrdinalIgnoreCase));
        var rising = await (await licensing.Staff.PostAsync("/revenue-shares/policies/CERN", new
        {
            effectiveFrom = LicensingFixture.Today, tiers = new[] { new { from = 5m, beneficiaries = new[] { new { name = "office", weight = 1m } } } },
        })).ProblemAsync(422);
        rising.GetProperty("rule").GetString().ShouldBe("tiers-start-at-zero-and-rise");
        (await (await licensing.Staff.PostAsync("/revenue-shares/owners/nobody/payouts", new { amount = 1m, reference = "BANK-1" })).ProblemAsync(404)).ShouldNotBe(default);
        (await (await licensing.Staff.PostAsync("/revenue-shares/owners/EPFL/payouts", new { })).ProblemAsync(400)).GetProperty("errors").EnumerateObject()
            .Select(e => e.Name).ShouldContain(n => n.Contains("Amount", StringComparison.OrdinalIgnoreCase));
        (await (await licensing.Staff.PostAsync($"/patent-costs/technologies/{Guid.NewGuid()}", new { amount = 1m, reference = "X-1", currency = "XYZ" })).ProblemAsync(422))
            .GetProperty("rule").GetString().ShouldBe("currency-is-supported");
        (await licensing.Staff.GetAsync("/revenue-shares/owners/EPFL/years/99", ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await licensing.Staff.GetAsync("/revenue-shares/policies/CERN/in-force?on=2026-02-30", ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await licensing.Staff.GetAsync($"/revenue-shares/payments/{Guid.NewGuid()}", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
