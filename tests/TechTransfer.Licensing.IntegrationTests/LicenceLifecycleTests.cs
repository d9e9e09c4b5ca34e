using System.Net;
using TechTransfer.Client;
using TechTransfer.Client.Licensing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>A licence from draft to termination through the real host, database and broker.</summary>
public sealed class LicenceLifecycleTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    [Fact]
    public async Task Draft_amend_sign_report_pay_share_and_terminate_with_every_fact_on_the_broker()
    {
        var ct = TestContext.Current.CancellationToken;
        var api = licensing.Api;
        var (technology, inventorA, inventorB) = await licensing.TechnologyReadyAsync("CERN");
        var organisation = Guid.NewGuid();
        var licensee = await licensing.LicenseeAsync(organisation);
        var terms = LicensingFixture.Terms(technology, licensee) with
        {
            RoyaltyRate = null,
            RoyaltyTiers = [new RoyaltyTierDto(0m, 5m), new RoyaltyTierDto(100_000m, 3m)],
            Milestones = [new MilestoneDto("CE marking", 25_000m)],
        };
        var id = await licensing.DraftAsync(terms);

        // Amend while negotiating: a stale If-Match is refused, the current one accepted.
        terms = terms with { MinimumAnnualRoyalty = 12_000m };
        await SdkCalls.RefusedAsync(() => api.AmendLicenceAsync(id, terms, ETags.For(7), ct), HttpStatusCode.PreconditionFailed);
        (await api.AmendLicenceAsync(id, terms, ETags.For(1), ct)).Version.ShouldBe(2);

        // Sign: the technology is known locally (marketed, ownership agreed); the upfront fee is billed.
        (await api.SignLicenceAsync(id, new SignLicenceRequest(), ETags.For(2), ct)).Version.ShouldBe(4);
        var signed = await licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("signedAt", out _), "LicenceSigned");
        (signed.Message.GetProperty("kind").GetString(), signed.Message.GetProperty("licenseeSizeClass").GetString(), signed.Message.GetProperty("exclusive").GetBoolean())
            .ShouldBe(("exclusive", "small", true));
        signed.Message.GetProperty("territory").GetString().ShouldBe("DE,FR");

        // The licensee's own system reports its first quarter: 120 000 € (100 000 at 5 %, 20 000 at 3 %).
        var start = (await api.GetLicenceAsync(id, ct)).Terms.StartsOn;
        (await api.OverdueReportsAsync(ct)).ShouldContain(o => o.LicenceId == id && o.PeriodStart == start);
        var erp = licensing.PartnerApi(organisation);
        var report = await erp.SubmitRoyaltyReportAsync(id, new SubmitRoyaltyReportRequest(start, start.AddMonths(3).AddDays(-1),
            [new SalesLineDto("FR", "EUR", 90_000m), new SalesLineDto("DE", "EUR", 30_000m)], Product: "QD-1 quench detector"), ct: ct);
        report.Due.ShouldBe(5_600m);
        var firstSales = await licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("product", out _),
            "FirstCommercialSalesReported");
        (firstSales.Message.GetProperty("product").GetString(), firstSales.Message.GetProperty("licenseeSizeClass").GetString()).ShouldBe(("QD-1 quench detector", "small"));

        // The licensee sees its own statements; staff see them unpaid, then record a payment that is shared.
        (await erp.ListStatementsAsync(ct: ct)).Select(s => s.Kind).ShouldBe(["UpfrontFee", "Royalties"], ignoreOrder: true);
        (await api.UnpaidStatementsAsync(ct)).Count(s => s.LicenceId == id).ShouldBe(2);
        var paidOn = LicensingFixture.Today;
        await api.RecordPaymentAsync(id, new RecordPaymentRequest(report.StatementId, 5_600m, PaidOn: paidOn), ct: ct);
        var paid = await licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("paymentId", out _), "RoyaltyPaid");
        (paid.Message.WireDecimal("amount"), paid.Message.WireDecimal("runningRoyalties"), paid.Message.WireDecimal("otherIncome")).ShouldBe((5_600m, 5_600m, 0m));

        // 5 600 €: CERN 3 920, EPFL 1 680; CERN has no policy, so the default: a third of 3 920 (1 306.67, the leftover cent first) to the
        // inventors, 60/40 by largest remainder: 784.00 and 522.67.
        (await api.InventorIncomeAsync(inventorA, paidOn.Year, ct)).Totals[0].Amount.ShouldBe(784.00m);
        (await api.InventorIncomeAsync(inventorB, paidOn.Year, ct)).Totals[0].Amount.ShouldBe(522.67m);
        var cern = (await api.YearFiguresAsync(paidOn.Year, "CERN", ct)).Facilities[0];
        cern.LicencesEarningRoyalties.ShouldBeGreaterThanOrEqualTo(1);
        cern.Income[0].RunningRoyalties.ShouldBeGreaterThanOrEqualTo(5_600m);

        // A milestone is billed once; then the licence is terminated and says so on the broker.
        await api.RecordMilestoneAsync(id, new RecordMilestoneRequest("CE marking"), ct: ct);
        (await SdkCalls.RefusedAsync(() => api.RecordMilestoneAsync(id, new RecordMilestoneRequest("CE marking"), ct: ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("milestone-is-invoiced-once");
        await api.TerminateLicenceAsync(id, new TerminateLicenceRequest("licensee stopped production"), ct: ct);
        var terminated = await licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("expired", out _),
            "LicenceTerminated");
        (terminated.Message.GetProperty("expired").GetBoolean(), terminated.Message.GetProperty("reason").GetString()).ShouldBe((false, "licensee stopped production"));
        (await api.GetLicenceAsync(id, ct)).Status.ShouldBe("Terminated");
    }

    [Fact]
    public async Task A_licensees_system_sees_and_reports_on_its_own_licences_only()
    {
        var ct = TestContext.Current.CancellationToken;
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        Guid acme = Guid.NewGuid(), rival = Guid.NewGuid();
        var acmeLicensee = await licensing.LicenseeAsync(acme);
        await licensing.LicenseeAsync(rival, "Rival GmbH");
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, acmeLicensee, "NonExclusive"));
        await licensing.SignAsync(id);

        var rivalErp = licensing.PartnerApi(rival);
        await SdkCalls.RefusedAsync(() => rivalErp.GetLicenceAsync(id, ct), HttpStatusCode.NotFound);
        await SdkCalls.RefusedAsync(() => rivalErp.GetLicenseeAsync(acmeLicensee, ct), HttpStatusCode.NotFound);
        await SdkCalls.RefusedAsync(() => rivalErp.SubmitRoyaltyReportAsync(id, new SubmitRoyaltyReportRequest(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), []),
            ct: ct), HttpStatusCode.NotFound);
        (await rivalErp.ListLicencesAsync(ct: ct)).ShouldBeEmpty();
        (await rivalErp.ListStatementsAsync(ct: ct)).ShouldBeEmpty();

        var acmeErp = licensing.PartnerApi(acme);
        (await acmeErp.GetLicenceAsync(id, ct)).Status.ShouldBe("Signed");
        // Raw: the SDK's record would drop a field it does not know, and the point is that nothing of them is on the wire.
        using var acmeClient = licensing.PartnerOf(acme);
        (await acmeClient.GetStringAsync($"/licences/{id}", ct)).ShouldNotContain("EPFL"); // owners and inventors never reach a partner
        (await acmeErp.ListLicencesAsync(ct: ct)).Select(l => l.Id).ShouldBe([id]);
        await SdkCalls.RefusedAsync(() => acmeErp.GetKnownTechnologyAsync(technology, ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Partners_register_interest_in_catalogue_technologies_and_staff_work_the_pipeline()
    {
        var ct = TestContext.Current.CancellationToken;
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        var partner = licensing.PartnerApi(Guid.NewGuid());
        var interest = new RegisterInterestRequest(technology, "Acme Sensors", "Ada Buyer", "ada@acme.example", "MRI use");

        // A technology not in the catalogue is refused once Disclosures confirms it: NotHeardYetTests.
        var id = (await partner.RegisterInterestAsync(interest, ct)).Id;
        (await partner.ListInterestsAsync(ct: ct)).Select(i => i.Id).ShouldBe([id]);
        await SdkCalls.RefusedAsync(() => licensing.PartnerApi(Guid.NewGuid()).GetInterestAsync(id, ct), HttpStatusCode.NotFound);

        await licensing.Api.MoveInterestAsync(id, new MoveInterestRequest("Contacted"), ct: ct);
        (await SdkCalls.RefusedAsync(() => licensing.Api.MoveInterestAsync(id, new MoveInterestRequest("Won", "signed"), ct: ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("interest-moves-along-the-pipeline");
        await licensing.Api.MoveInterestAsync(id, new MoveInterestRequest("Lost", "budget cut"), ct: ct);
        var lost = await partner.GetInterestAsync(id, ct);
        (lost.Stage, lost.OutcomeReason, lost.TechnologyTitle).ShouldBe(("Lost", "budget cut", "Fast quench protection"));
        await SdkCalls.RefusedAsync(() => partner.MoveInterestAsync(id, new MoveInterestRequest("New"), ct: ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_api_description_names_every_command_and_query()
    {
        var document = await licensing.Host.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        foreach (var operation in new[] { "GetKnownTechnology", "RegisterLicensee", "GetLicensee", "ListLicensees", "ReplaceLicenseeContacts", "RegisterInterest",
                     "GetInterest", "ListInterests", "MoveInterest", "DraftLicence", "GetLicence", "ListLicences", "AmendLicence", "SignLicence", "TerminateLicence",
                     "RecordMilestone", "SubmitRoyaltyReport", "RecordPayment", "ListStatements", "OverdueReports", "UnpaidStatements", "InventorIncome", "YearFigures" })
            document.ShouldContain($"\"{operation}\"");
    }
}
