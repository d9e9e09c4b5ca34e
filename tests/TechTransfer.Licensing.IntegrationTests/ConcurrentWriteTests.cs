using System.Net;
using System.Text.Json;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>Concurrent writers through the real host and database: signatures racing for exclusivity, reports and payments racing on one licence.</summary>
public sealed class ConcurrentWriteTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> SignAsync(HttpClient staff, Guid id)
    {
        var response = await staff.PostAsync($"/licences/{id}/signature", new { });
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone());
    }

    [Fact]
    public async Task Of_twelve_overlapping_exclusive_licences_signed_at_once_exactly_one_is_signed()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        var licensees = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => licensing.LicenseeAsync(name: $"Licensee {i}")));
        // All in medical imaging; territories overlap pairwise through France.
        var drafts = await Task.WhenAll(licensees.Select((l, i) =>
            licensing.DraftAsync(LicensingFixture.Terms(technology, l, countries: i % 2 == 0 ? ["FR"] : ["FR", "BE"]))));

        var answers = await Task.WhenAll(drafts.Select(id => SignAsync(licensing.Staff, id)));

        answers.Count(a => a.Status == HttpStatusCode.OK).ShouldBe(1);
        answers.Where(a => a.Status != HttpStatusCode.OK)
            .ShouldAllBe(a => a.Status == HttpStatusCode.Conflict && a.Body.GetProperty("rule").GetString() == "exclusive-licences-do-not-overlap");
        var signed = await licensing.Staff.GetOkAsync($"/licences?technologyId={technology}&status=Signed");
        signed.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Exclusive_licences_in_separate_territories_signed_at_once_are_all_signed()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        string[] countries = ["FR", "DE", "IT", "ES", "BE", "NL", "AT", "CH"];
        var licensees = await Task.WhenAll(countries.Select(c => licensing.LicenseeAsync(name: $"Licensee {c}")));
        var drafts = await Task.WhenAll(licensees.Select((l, i) => licensing.DraftAsync(LicensingFixture.Terms(technology, l, countries: [countries[i]]))));

        var answers = await Task.WhenAll(drafts.Select(id => SignAsync(licensing.Staff, id)));

        answers.ShouldAllBe(a => a.Status == HttpStatusCode.OK);
        (await licensing.Staff.GetOkAsync($"/licences?technologyId={technology}&status=Signed")).GetArrayLength().ShouldBe(countries.Length);
    }

    [Fact]
    public async Task Concurrent_reports_on_one_licence_are_all_kept_and_a_period_is_reported_once()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        var organisation = Guid.NewGuid();
        var terms = LicensingFixture.Terms(technology, await licensing.LicenseeAsync(organisation), "NonExclusive");
        var start = LicensingFixture.Today.AddMonths(-12);
        terms["startsOn"] = start.ToString("yyyy-MM-dd");
        var id = await licensing.DraftAsync(terms);
        await licensing.Staff.PostOkAsync($"/licences/{id}/signature", new { });
        using var erp = licensing.PartnerOf(organisation);

        // Four quarters at once, and the first quarter twice.
        var quarters = new[] { 0, 1, 2, 3, 0 }.Select(q => new
        {
            periodStart = start.AddMonths(3 * q), periodEnd = start.AddMonths(3 * q + 3).AddDays(-1),
            sales = new[] { new { territory = "FR", currency = "EUR", netSales = 1_000m * (q + 1) } },
        });
        var answers = await Task.WhenAll(quarters.Select(body => erp.PostAsync($"/licences/{id}/royalty-reports", body)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(4);
        (await answers.Single(a => a.StatusCode != HttpStatusCode.OK).ProblemAsync(409)).GetProperty("rule").GetString().ShouldBe("period-is-reported-once");
        var licence = await licensing.Staff.GetOkAsync($"/licences/{id}");
        licence.GetProperty("reports").GetArrayLength().ShouldBe(4);
        licence.GetProperty("statements").GetArrayLength().ShouldBe(5); // the upfront fee and four royalty statements
        (await erp.GetOkAsync($"/statements?licenceId={id}")).GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public async Task Concurrent_payments_on_one_statement_are_never_lost_and_never_exceed_what_is_due()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync(), "NonExclusive"));
        await licensing.Staff.PostOkAsync($"/licences/{id}/signature", new { });
        var upfront = (await licensing.Staff.GetOkAsync($"/licences/{id}")).GetProperty("statements")[0].GetProperty("id").GetGuid();

        // 10 000 € due; 12 payments of 1 000 € at once: exactly 10 fit.
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            licensing.Staff.PostAsync($"/licences/{id}/payments", new { statementId = upfront, amount = 1_000m })));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(10);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
            (await refused.ProblemAsync(409)).GetProperty("rule").GetString().ShouldBe("payment-does-not-exceed-what-is-due");
        var statement = (await licensing.Staff.GetOkAsync($"/statements?licenceId={id}"))[0];
        (statement.GetProperty("paid").Amount(), statement.GetProperty("settled").GetBoolean()).ShouldBe((10_000m, true));
        await licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("paymentId", out _), "RoyaltyPaid");
        await Eventually.TrueAsync(() => Task.FromResult(
            licensing.Probe.Received.Count(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("paymentId", out _)) == 10),
            "ten RoyaltyPaid on the broker");
    }
}
