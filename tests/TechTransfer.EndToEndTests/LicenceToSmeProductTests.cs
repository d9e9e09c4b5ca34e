using System.Net.Http.Headers;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client;
using TechTransfer.Client.Admin;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Licensing;
using TechTransfer.EndToEndTests.Running;

namespace TechTransfer.EndToEndTests;

/// <summary>
/// A technology goes from disclosure to SME product through a licence to a small firm that reports sales: the
/// firm's own system finds it in the catalogue and registers interest, staff license it, the firm reports, pays,
/// and the first sales move the technology to phase 3. The journey and the scoreboard show every step.
/// </summary>
public sealed class LicenceToSmeProductTests(RunningSystem system)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Disclosure_to_sme_product_through_a_licence_to_an_sme_that_reports_sales()
    {
        var ct = TestContext.Current.CancellationToken;
        var facility = $"E2E-LIC-{Guid.NewGuid():N}"[..16];
        var staff = system.As(Roles.Staff, "olga.staff");
        var technology = await Office.MarketedPrototypeAsync(staff.Disclosures, facility, "Quench guard for MRI magnets", ct);

        // The licensee's own system, with an API key the office issued it
        var licenseeOrganisation = Guid.NewGuid();
        var key = await staff.Admin(TechTransferServices.Disclosures).IssueApiKeyAsync(
            new IssueApiKey(licenseeOrganisation, OrganisationKinds.Licensee, "Cryo Solutions ERP"), ct);
        var licensee = system.WithApiKey(key.ApiKey);
        var found = await Wait.UntilAcceptedAsync(() => licensee.Disclosures.SearchCatalogueAsync(new CatalogueQuery { Facility = facility }, ct), "the key in Disclosures");
        found.Items.ShouldHaveSingleItem().Id.ShouldBe(technology);
        await CatalogueHoldsNoConfidentialFieldAsync(key.ApiKey, technology, ct);

        var interest = await Wait.UntilAcceptedAsync(() => licensee.Licensing.RegisterInterestAsync(
            new RegisterInterestRequest(technology, "Cryo Solutions SARL", "Marie Curie-Dupont", "marie@cryo-solutions.example", "For our MRI retrofit kits"), ct),
            "the interest (Licensing learns the key and the technology over the bus)");

        // Staff work the interest, register the licensee (a small firm) and license it
        var company = await staff.Licensing.RegisterLicenseeAsync(new RegisterLicenseeRequest("Cryo Solutions SARL", "FR", "small",
            [new ContactDto("Marie Curie-Dupont", "marie@cryo-solutions.example", "CTO")], licenseeOrganisation), ct);
        foreach (var stage in new[] { "contacted", "negotiating", "won" })
            await staff.Licensing.MoveInterestAsync(interest.Id, new MoveInterestRequest(stage, stage == "won" ? "Licence agreed" : null), ct: ct);
        // Quarterly reports from the start date: the first quarter has just ended.
        var starts = Today.AddMonths(-3).AddDays(-5);
        var firstQuarterEnds = starts.AddMonths(3).AddDays(-1);
        var licence = await staff.Licensing.DraftLicenceAsync(new LicenceTermsRequest(technology, company.Id, "exclusive", starts, starts.AddYears(5),
            ["medical imaging"], Worldwide: true, Currency: "EUR", UpfrontFee: 10_000m, RoyaltyRate: 5m, MinimumAnnualRoyalty: 1_000m), ct);
        // Signed today, with a start date in the past: this year's scoreboard counts it, whatever day the tests run.
        await Wait.UntilAcceptedAsync(() => staff.Licensing.SignLicenceAsync(licence.Id, new SignLicenceRequest(Today), ct: ct),
            "the signature (Licensing knows the technology is marketed and owned)");

        // The licensee reports its first sales from its own system; staff record the payment
        var report = await licensee.Licensing.SubmitRoyaltyReportAsync(licence.Id, new SubmitRoyaltyReportRequest(
            starts, firstQuarterEnds, [new SalesLineDto("FR", "EUR", 200_000m)], Product: "QG-1 quench guard", FirstSoldOn: firstQuarterEnds.AddDays(-20)), ct: ct);
        report.Due.ShouldBe(10_000m);
        await staff.Licensing.RecordPaymentAsync(licence.Id, new RecordPaymentRequest(report.StatementId, report.Due, "EUR", Today), ct: ct);
        (await licensee.Licensing.ListStatementsAsync(licence.Id, ct: ct)).ShouldContain(s => s.Id == report.StatementId && s.Settled);

        // Disclosures: the licence is a transfer and a small firm's sales make the technology an SME product
        var journey = await Wait.ForAsync(() => staff.Disclosures.GetJourneyAsync(technology, ct),
            j => j.Phase == Phases.SmeProduct && j.Steps.Any(s => s.Step == "licence-income-received"), "phase 3 and the income on the journey");
        var steps = journey.Steps.Select(s => s.Step).ToList();
        steps.ShouldBe(["disclosed", "assessed", "ip-ownership-agreed", "patent-application-filed", "published-for-marketing", "phase-advanced",
            "transfer-recorded", "phase-advanced", "licence-income-received"], ignoreOrder: true);
        journey.Steps.Select(s => (s.HappenedOn, s.At)).ShouldBeInOrder();
        journey.Steps.Single(s => s.Step == "transfer-recorded").ShouldSatisfyAllConditions(
            s => s.Source.ShouldBe("licensing"), s => s.By.ShouldBe("olga.staff"), s => s.Summary.ShouldContain("Cryo Solutions SARL"));
        // The licensee's first sale (dated before today's prototype step, so earlier in business order) moved it to phase 3, named by who reported it.
        journey.Steps.Single(s => s.Step == "phase-advanced" && s.Summary.Contains("→ 3")).ShouldSatisfyAllConditions(
            s => s.Source.ShouldBe("licensing"), s => s.By.ShouldNotEndWith(" service"));

        // The scoreboard shows it, and agrees with Licensing's own figures for the facility
        var year = await Wait.ForAsync(() => staff.Disclosures.GetScoreboardAsync(Today.Year, facility, ct),
            b => b.Facilities.SingleOrDefault() is { LicenceIncome.Count: 1 }, "the income on the scoreboard");
        var row = year.Facilities.Single();
        row.ShouldSatisfyAllConditions(
            r => r.Disclosures.ShouldBe(1), r => r.PatentApplications.ShouldBe(1), r => r.Licences.Signed.ShouldBe(1), r => r.Licences.Exclusive.ShouldBe(1),
            r => r.CommercialProducts.ShouldBe(1), r => r.TimeToFirstTransfer.ShouldNotBeNull().Technologies.ShouldBe(1));
        var licensing = (await staff.Licensing.YearFiguresAsync(Today.Year, facility, ct)).Facilities.Single();
        row.Licences.Signed.ShouldBe(licensing.LicencesSigned);
        row.Licences.EarningRoyalties.ShouldBe(licensing.LicencesEarningRoyalties);
        var income = row.LicenceIncome.Single();
        var theirs = licensing.Income.Single();
        (income.Currency, income.Total, income.RunningRoyalties, income.OtherIncome).ShouldBe((theirs.Currency, theirs.Total, theirs.RunningRoyalties, theirs.OtherIncome));
        (await staff.Disclosures.GetAutmSurveyAsync(Today.Year, facility, ct)).LicensesExecuted.ShouldBe(1);
    }

    /// <summary>What the partner's system receives, byte for byte, never holds the confidential description or an inventor.</summary>
    private async Task CatalogueHoldsNoConfidentialFieldAsync(string apiKey, Guid technology, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = system[RunningSystem.Disclosures].Address };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var url in new[] { $"/catalogue/{technology}", "/catalogue?q=quench", "/catalogue?keyword=cryogenics" })
        {
            var body = await http.GetStringAsync(url, ct);
            foreach (var secret in new[] { Office.SecretDescription, Office.InventorName, Office.InventorEmail, "Yves Second" })
                body.ShouldNotContain(secret, Case.Insensitive, $"{url} shows a confidential field");
        }
    }
}
