using System.Net;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>Bad input and broken rules get ProblemDetails naming the field or rule, never a 500, and write nothing.</summary>
public sealed class RefusedLicensingTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    [Fact]
    public async Task A_technology_never_heard_of_cannot_be_confirmed_while_Disclosures_is_unreachable_so_nothing_is_signed()
    {
        var licensee = await licensing.LicenseeAsync();
        var id = await licensing.DraftAsync(LicensingFixture.Terms(Guid.NewGuid(), licensee));

        var problem = await (await licensing.Staff.PostAsync($"/licences/{id}/signature", new { })).ProblemAsync(503);

        problem.GetProperty("rule").GetString().ShouldBe("disclosures-is-reachable");
        var licence = await licensing.Staff.GetOkAsync($"/licences/{id}");
        (licence.GetProperty("status").GetString(), licence.GetProperty("version").GetInt64()).ShouldBe(("Draft", 1));
    }

    [Fact]
    public async Task Missing_fields_are_named_broken_rules_are_named_and_nothing_is_written()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        var licensee = await licensing.LicenseeAsync();

        var missing = await (await licensing.Staff.PostAsync("/licences", new { technologyId = technology })).ProblemAsync(400);
        missing.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(n => n.Contains("LicenseeId", StringComparison.OrdinalIgnoreCase));

        var terms = LicensingFixture.Terms(technology, licensee);
        terms["royaltyTiers"] = new[] { new { fromNetSales = 0m, rate = 5m } };
        (await (await licensing.Staff.PostAsync("/licences", terms)).ProblemAsync(422)).GetProperty("rule").GetString().ShouldBe("royalty-is-a-rate-or-tiers");
        terms.Remove("royaltyTiers");
        terms["countries"] = new[] { "XX" };
        (await (await licensing.Staff.PostAsync("/licences", terms)).ProblemAsync(422)).GetProperty("rule").GetString().ShouldBe("country-is-iso-3166");
        (await (await licensing.Staff.PostAsync("/licences", LicensingFixture.Terms(technology, Guid.NewGuid()))).ProblemAsync(422))
            .GetProperty("rule").GetString().ShouldBe("licensee-is-registered");
        (await licensing.Staff.GetOkAsync($"/licences?technologyId={technology}")).GetArrayLength().ShouldBe(0);

        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, licensee));
        var early = new { periodStart = "2020-01-01", periodEnd = "2020-03-31", sales = new[] { new { territory = "FR", currency = "EUR", netSales = 1m } } };
        (await (await licensing.Staff.PostAsync($"/licences/{id}/royalty-reports", early)).ProblemAsync(409)).GetProperty("rule").GetString().ShouldBe("licence-is-signed");
        (await (await licensing.Staff.PostAsync($"/licences/{id}/termination", new { reason = "x" })).ProblemAsync(400)).GetProperty("errors").GetRawText()
            .ShouldContain("Reason");
        (await licensing.Staff.GetOkAsync($"/licences/{id}")).GetProperty("version").GetInt64().ShouldBe(1);
        (await licensing.Staff.GetAsync("/figures/years/99", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_technology_not_heard_marketed_yet_is_not_refused_on_a_guess_while_Disclosures_is_unreachable()
    {
        // Known but not marketed may only mean the marketing news has not arrived: only Disclosures can confirm a refusal
        // (NotHeardYetTests), and here it cannot answer, so the signature fails closed rather than with a rule.
        var (technology, _, _) = await licensing.TechnologyReadyAsync(marketed: false);
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync()));
        (await (await licensing.Staff.PostAsync($"/licences/{id}/signature", new { })).ProblemAsync(503)).GetProperty("rule").GetString()
            .ShouldBe("disclosures-is-reachable");
    }
}
