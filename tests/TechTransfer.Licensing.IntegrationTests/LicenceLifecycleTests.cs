using System.Net;
using System.Text.Json;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>A licence from draft to termination through the real host, database and broker.</summary>
public sealed class LicenceLifecycleTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    [Fact]
    public async Task Draft_amend_sign_report_pay_share_and_terminate_with_every_fact_on_the_broker()
    {
        var (technology, inventorA, inventorB) = await licensing.TechnologyReadyAsync("CERN");
        var organisation = Guid.NewGuid();
        var licensee = await licensing.LicenseeAsync(organisation);
        var terms = LicensingFixture.Terms(technology, licensee);
        terms["royaltyRate"] = null;
        terms["royaltyTiers"] = new[] { new { fromNetSales = 0m, rate = 5m }, new { fromNetSales = 100_000m, rate = 3m } };
        terms["milestones"] = new[] { new { name = "CE marking", amount = 25_000m } };
        var id = await licensing.DraftAsync(terms);

        // Amend while negotiating: a stale If-Match is refused, the current one accepted.
        terms["minimumAnnualRoyalty"] = 12_000m;
        (await licensing.Staff.PutAsync($"/licences/{id}/terms", terms, ifMatch: 7)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await licensing.Staff.PutOkAsync($"/licences/{id}/terms", terms, ifMatch: 1)).GetProperty("version").GetInt64().ShouldBe(2);

        // Sign: the technology is known locally (marketed, ownership agreed); the upfront fee is billed.
        (await licensing.Staff.PostOkAsync($"/licences/{id}/signature", new { }, ifMatch: 2)).GetProperty("version").GetInt64().ShouldBe(4);
        var signed = await licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("signedAt", out _), "LicenceSigned");
        (signed.Message.GetProperty("kind").GetString(), signed.Message.GetProperty("licenseeSizeClass").GetString(), signed.Message.GetProperty("exclusive").GetBoolean())
            .ShouldBe(("exclusive", "small", true));
        signed.Message.GetProperty("territory").GetString().ShouldBe("DE,FR");

        // The licensee's own system reports its first quarter: 120 000 € (100 000 at 5 %, 20 000 at 3 %).
        var licence = await licensing.Staff.GetOkAsync($"/licences/{id}");
        var start = DateOnly.Parse(licence.GetProperty("terms").GetProperty("startsOn").GetString()!);
        var overdue = await licensing.Staff.GetOkAsync("/worklists/overdue-reports");
        overdue.EnumerateArray().Any(o => o.GetProperty("licenceId").GetGuid() == id && o.GetProperty("periodStart").GetString() == start.ToString("yyyy-MM-dd")).ShouldBeTrue();
        using var erp = licensing.PartnerOf(organisation);
        var report = await erp.PostOkAsync($"/licences/{id}/royalty-reports", new
        {
            periodStart = start, periodEnd = start.AddMonths(3).AddDays(-1), product = "QD-1 quench detector",
            sales = new[] { new { territory = "FR", currency = "EUR", netSales = 90_000m }, new { territory = "DE", currency = "EUR", netSales = 30_000m } },
        });
        report.GetProperty("due").GetDecimal().ShouldBe(5_600m);
        var firstSales = await licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("product", out _),
            "FirstCommercialSalesReported");
        (firstSales.Message.GetProperty("product").GetString(), firstSales.Message.GetProperty("licenseeSizeClass").GetString()).ShouldBe(("QD-1 quench detector", "small"));

        // The licensee sees its own statements; staff see them unpaid, then record a payment that is shared.
        var statements = await erp.GetOkAsync("/statements");
        statements.EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ShouldBe(["UpfrontFee", "Royalties"], ignoreOrder: true);
        var unpaid = await licensing.Staff.GetOkAsync("/worklists/unpaid-statements");
        unpaid.EnumerateArray().Count(s => s.GetProperty("licenceId").GetGuid() == id).ShouldBe(2);
        var royaltyStatement = report.GetProperty("statementId").GetGuid();
        var paidOn = LicensingFixture.Today;
        await licensing.Staff.PostOkAsync($"/licences/{id}/payments", new { statementId = royaltyStatement, amount = 5_600m, paidOn });
        var paid = await licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("paymentId", out _), "RoyaltyPaid");
        (paid.Message.WireDecimal("amount"), paid.Message.WireDecimal("runningRoyalties"), paid.Message.WireDecimal("otherIncome")).ShouldBe((5_600m, 5_600m, 0m));

        // 5 600 €: CERN 3 920, EPFL 1 680; CERN has no policy, so the default: a third of 3 920 (1 306.67, the leftover cent first) to the
        // inventors, 60/40 by largest remainder: 784.00 and 522.67.
        var a = await licensing.Staff.GetOkAsync($"/revenue-shares/inventors/{inventorA}/years/{paidOn.Year}");
        var b = await licensing.Staff.GetOkAsync($"/revenue-shares/inventors/{inventorB}/years/{paidOn.Year}");
        a.GetProperty("totals")[0].GetProperty("amount").GetDecimal().ShouldBe(784.00m);
        b.GetProperty("totals")[0].GetProperty("amount").GetDecimal().ShouldBe(522.67m);
        var figures = await licensing.Staff.GetOkAsync($"/figures/years/{paidOn.Year}?facility=CERN");
        var cern = figures.GetProperty("facilities")[0];
        cern.GetProperty("licencesEarningRoyalties").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        cern.GetProperty("income")[0].GetProperty("runningRoyalties").GetDecimal().ShouldBeGreaterThanOrEqualTo(5_600m);

        // A milestone is billed once; then the licence is terminated and says so on the broker.
        await licensing.Staff.PostOkAsync($"/licences/{id}/milestones", new { name = "CE marking" });
        var again = await licensing.Staff.PostAsync($"/licences/{id}/milestones", new { name = "CE marking" });
        (await again.ProblemAsync(409)).GetProperty("rule").GetString().ShouldBe("milestone-is-invoiced-once");
        await licensing.Staff.PostOkAsync($"/licences/{id}/termination", new { reason = "licensee stopped production" });
        var terminated = await licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("expired", out _),
            "LicenceTerminated");
        (terminated.Message.GetProperty("expired").GetBoolean(), terminated.Message.GetProperty("reason").GetString()).ShouldBe((false, "licensee stopped production"));
        (await licensing.Staff.GetOkAsync($"/licences/{id}")).GetProperty("status").GetString().ShouldBe("Terminated");
    }

    [Fact]
    public async Task A_licensees_system_sees_and_reports_on_its_own_licences_only()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        Guid acme = Guid.NewGuid(), rival = Guid.NewGuid();
        var acmeLicensee = await licensing.LicenseeAsync(acme);
        await licensing.LicenseeAsync(rival, "Rival GmbH");
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, acmeLicensee, "NonExclusive"));
        await licensing.Staff.PostOkAsync($"/licences/{id}/signature", new { });

        using var rivalErp = licensing.PartnerOf(rival);
        (await rivalErp.GetAsync($"/licences/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await rivalErp.GetAsync($"/licensees/{acmeLicensee}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await rivalErp.PostAsync($"/licences/{id}/royalty-reports", new { periodStart = "2026-01-01", periodEnd = "2026-03-31", sales = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await rivalErp.GetOkAsync("/licences")).GetArrayLength().ShouldBe(0);
        (await rivalErp.GetOkAsync("/statements")).GetArrayLength().ShouldBe(0);

        using var acmeErp = licensing.PartnerOf(acme);
        var own = await acmeErp.GetOkAsync($"/licences/{id}");
        own.GetProperty("status").GetString().ShouldBe("Signed");
        own.GetRawText().ShouldNotContain("EPFL"); // owners and inventors never reach a partner
        (await acmeErp.GetOkAsync("/licences")).EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ShouldBe([id]);
        (await acmeErp.GetAsync($"/known-technologies/{technology}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Partners_register_interest_in_catalogue_technologies_and_staff_work_the_pipeline()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        var portal = Guid.NewGuid();
        using var partner = licensing.PartnerOf(portal);
        var body = new { technologyId = technology, companyName = "Acme Sensors", contactName = "Ada Buyer", contactEmail = "ada@acme.example", message = "MRI use" };

        // A technology not in the catalogue is refused once Disclosures confirms it: NotHeardYetTests.
        var id = (await partner.PostOkAsync("/interests", body)).GetProperty("id").GetGuid();
        (await partner.GetOkAsync("/interests")).EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([id]);
        (await licensing.PartnerOf(Guid.NewGuid()).GetAsync($"/interests/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await licensing.Staff.PostOkAsync($"/interests/{id}/stage", new { stage = "Contacted" });
        (await (await licensing.Staff.PostAsync($"/interests/{id}/stage", new { stage = "Won", reason = "signed" })).ProblemAsync(409))
            .GetProperty("rule").GetString().ShouldBe("interest-moves-along-the-pipeline");
        await licensing.Staff.PostOkAsync($"/interests/{id}/stage", new { stage = "Lost", reason = "budget cut" });
        var lost = await partner.GetOkAsync($"/interests/{id}");
        (lost.GetProperty("stage").GetString(), lost.GetProperty("outcomeReason").GetString(), lost.GetProperty("technologyTitle").GetString())
            .ShouldBe(("Lost", "budget cut", "Fast quench protection"));
        (await partner.PostAsync($"/interests/{id}/stage", new { stage = "New" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
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

/// <summary>PUT with If-Match, the way the other calls are made.</summary>
public static class MoreCalls
{
    public static async Task<HttpResponseMessage> PutAsync(this HttpClient client, string url, object body, long? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        if (ifMatch is { } version) request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> PutOkAsync(this HttpClient client, string url, object body, long? ifMatch = null)
    {
        var response = await client.PutAsync(url, body, ifMatch);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue($"PUT {url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
