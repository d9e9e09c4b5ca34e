using System.Net;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client;
using TechTransfer.Client.Licensing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>The partner SDK's Licensing interface against the real service: staff set a licence up, the licensee's system reports through it.</summary>
public sealed class PartnerSdkTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    [Fact]
    public async Task Staff_and_a_licensees_system_drive_a_licence_through_the_SDK()
    {
        var ct = TestContext.Current.CancellationToken;
        var (technology, inventorA, _) = await licensing.TechnologyReadyAsync("JET");
        var organisation = Guid.NewGuid();
        var staff = licensing.Api;
        var erp = licensing.ApiAs(Roles.Partner, "acme-erp", organisation);

        var licensee = await staff.RegisterLicenseeAsync(new RegisterLicenseeRequest("Culham Cryo Ltd", "GB", "Medium", [new ContactDto("Bea Buyer", "bea@cryo.example")],
            organisation), ct);
        (await erp.GetLicenseeAsync(licensee.Id, ct)).IsSme.ShouldBeTrue();
        var today = LicensingFixture.Today;
        var terms = new LicenceTermsRequest(technology, licensee.Id, "NonExclusive", today.AddMonths(-3), today.AddYears(3), ["cryogenic pumps"], Worldwide: true,
            Currency: "GBP", RoyaltyRate: 4m, ReportingFrequency: "Quarterly");
        var draft = await staff.DraftLicenceAsync(terms, ct);
        var amended = await staff.AmendLicenceAsync(draft.Id, terms with { RoyaltyRate = 3.5m }, ETags.For(1), ct);
        await staff.SignLicenceAsync(draft.Id, new SignLicenceRequest(), ETags.For(amended.Version), ct);

        var licence = await erp.GetLicenceAsync(draft.Id, ct);
        (licence.Status, licence.Facility, licence.Terms.RoyaltyTiers.Single().Rate).ShouldBe(("Signed", "JET", 3.5m));
        var accepted = await erp.SubmitRoyaltyReportAsync(draft.Id, new SubmitRoyaltyReportRequest(licence.Terms.StartsOn, licence.Terms.StartsOn.AddMonths(3).AddDays(-1),
            [new SalesLineDto("GB", "GBP", 10_000.50m), new SalesLineDto("US", "GBP", 2_000m)], Product: "CryoPump 3"), ct: ct);
        (accepted.Due, accepted.Currency).ShouldBe((420.02m, "GBP")); // 12 000.50 × 3.5 % = 420.0175 → 420.02 (half away from zero)
        (await erp.ListStatementsAsync(ct: ct)).Single().Amount.ShouldBe(new Money(420.02m, "GBP"));
        (await erp.ListLicencesAsync(ct: ct)).Single().Id.ShouldBe(draft.Id);

        await staff.RecordPaymentAsync(draft.Id, new RecordPaymentRequest(accepted.StatementId, 420.02m), ct: ct);
        // JET 294.01 of 420.02; JET has no policy, so the default: a third (98.01, the leftover cent first) to the inventors, 60 % of it by largest remainder.
        (await staff.InventorIncomeAsync(inventorA, today.Year, ct)).Totals.Single().ShouldBe(new InventorTotalDto("GBP", 58.81m));
        (await staff.UnpaidStatementsAsync(ct)).ShouldNotContain(s => s.LicenceId == draft.Id);
        var figures = await erp.YearFiguresAsync(today.Year, "JET", ct);
        figures.Facilities.Single().LicencesEarningRoyalties.ShouldBe(1);
        await SdkCalls.RefusedAsync(() => erp.RecordPaymentAsync(draft.Id, new RecordPaymentRequest(accepted.StatementId, 1m), ct: ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Staff_manage_policies_patent_costs_and_co_owner_payouts_through_the_SDK()
    {
        var ct = TestContext.Current.CancellationToken;
        var facility = $"ITER {Guid.NewGuid():N}"[..12]; // a space in the name: the SDK escapes it in the path
        var (technology, _, _) = await licensing.TechnologyReadyAsync(facility);
        var staff = licensing.Api;
        var today = LicensingFixture.Today;

        var adopted = await staff.AdoptPolicyAsync(facility, new AdoptPolicyRequest(today.AddDays(-30),
            [new PolicyTierDto(0m, [new BeneficiaryDto("inventors", 1m), new BeneficiaryDto("office", 1m)])]), ETags.For(0), ct);
        var policies = await staff.GetPoliciesAsync(facility, ct);
        (policies.Content!.Policies.Single().Id, policies.ETag()).ShouldBe((adopted.PolicyId, ETags.For(adopted.Version)));
        (await staff.GetPolicyInForceAsync(facility, today.AddDays(-31), ct)).IsDefault.ShouldBeTrue();
        (await staff.ListPoliciesAsync(ct)).ShouldContain(p => p.Facility == facility);
        await staff.RecordPatentCostAsync(technology, new RecordPatentCostRequest(500m, "PCT-1"), ETags.For(0), ct);

        var licensee = await staff.RegisterLicenseeAsync(new RegisterLicenseeRequest("Iter Pumps SA", "FR", "Small", [new ContactDto("Cy Buyer", "cy@pumps.example")]), ct);
        var draft = await staff.DraftLicenceAsync(new LicenceTermsRequest(technology, licensee.Id, "NonExclusive", today.AddMonths(-3), today.AddYears(3), ["pumps"],
            Worldwide: true, UpfrontFee: 2_000m, RoyaltyRate: 4m), ct);
        await staff.SignLicenceAsync(draft.Id, new SignLicenceRequest(), ct: ct);
        var statement = (await staff.ListStatementsAsync(draft.Id, ct: ct)).Single();
        var payment = await staff.RecordPaymentAsync(draft.Id, new RecordPaymentRequest(statement.Id, 2_000m), ct: ct);

        // 2 000: the facility 1 400, EPFL 600; 500 of patent costs; 900 halved between the inventors and the office.
        var share = await staff.GetPaymentShareAsync(payment.PaymentId, ct);
        (share.FacilityPart.Amount, share.PatentCostsRecovered!.Amount, share.InventorsPool.Amount, share.Policy!.PolicyId).ShouldBe((1_400m, 500m, 450m, adopted.PolicyId));
        (await staff.GetPatentCostsAsync(technology, ct)).Content!.Totals.Single().Unrecovered.ShouldBe(0m);
        var epfl = await staff.OwnerIncomeAsync("EPFL", today.Year, ct);
        var owed = epfl.Content!.AtYearEnd.Single(b => b.Currency == "EUR").Remaining;
        var paid = await staff.RecordPayoutAsync("EPFL", new RecordPayoutRequest(owed, "BANK-SDK-1"), ETags.For(epfl.Content.Version), ct);
        (await staff.OwnerIncomeAsync("EPFL", today.Year, ct)).Content!.Payouts.ShouldContain(p => p.Id == paid.PayoutId);
        (await staff.ListOwnersAsync(ct)).Single(o => o.Owner == "EPFL").Balances.Single(b => b.Currency == "EUR").Remaining.ShouldBe(0m);
    }
}
