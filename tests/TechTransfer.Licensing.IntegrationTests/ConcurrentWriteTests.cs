using System.Net;
using TechTransfer.Client.Licensing;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>Concurrent writers through the real host and database: signatures racing for exclusivity, reports and payments racing on one licence.</summary>
public sealed class ConcurrentWriteTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Attempt<Written>> SignAsync(Guid id) => Attempt.Of(() => licensing.Api.SignLicenceAsync(id, new SignLicenceRequest(), ct: Ct));

    [Fact]
    public async Task Of_twelve_overlapping_exclusive_licences_signed_at_once_exactly_one_is_signed()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        var licensees = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => licensing.LicenseeAsync(name: $"Licensee {i}")));
        // All in medical imaging; territories overlap pairwise through France.
        var drafts = await Task.WhenAll(licensees.Select((l, i) =>
            licensing.DraftAsync(LicensingFixture.Terms(technology, l, countries: i % 2 == 0 ? ["FR"] : ["FR", "BE"]))));

        var answers = await Task.WhenAll(drafts.Select(SignAsync));

        answers.Count(a => a.Succeeded).ShouldBe(1);
        answers.Where(a => !a.Succeeded).ShouldAllBe(a => a.RefusedBy(HttpStatusCode.Conflict, "exclusive-licences-do-not-overlap"));
        (await licensing.Api.ListLicencesAsync("Signed", technology, ct: Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Exclusive_licences_in_separate_territories_signed_at_once_are_all_signed()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        string[] countries = ["FR", "DE", "IT", "ES", "BE", "NL", "AT", "CH"];
        var licensees = await Task.WhenAll(countries.Select(c => licensing.LicenseeAsync(name: $"Licensee {c}")));
        var drafts = await Task.WhenAll(licensees.Select((l, i) => licensing.DraftAsync(LicensingFixture.Terms(technology, l, countries: [countries[i]]))));

        var answers = await Task.WhenAll(drafts.Select(SignAsync));

        answers.ShouldAllBe(a => a.Succeeded);
        (await licensing.Api.ListLicencesAsync("Signed", technology, ct: Ct)).Count.ShouldBe(countries.Length);
    }

    [Fact]
    public async Task Concurrent_reports_on_one_licence_are_all_kept_and_a_period_is_reported_once()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        var organisation = Guid.NewGuid();
        var start = LicensingFixture.Today.AddMonths(-12);
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync(organisation), "NonExclusive") with { StartsOn = start });
        await licensing.SignAsync(id);
        var erp = licensing.PartnerApi(organisation);

        // Four quarters at once, and the first quarter twice.
        var quarters = new[] { 0, 1, 2, 3, 0 }.Select(q => new SubmitRoyaltyReportRequest(start.AddMonths(3 * q), start.AddMonths(3 * q + 3).AddDays(-1),
            [new SalesLineDto("FR", "EUR", 1_000m * (q + 1))]));
        var answers = await Task.WhenAll(quarters.Select(report => Attempt.Of(() => erp.SubmitRoyaltyReportAsync(id, report, ct: Ct))));

        answers.Count(a => a.Succeeded).ShouldBe(4);
        answers.Single(a => !a.Succeeded).RefusedBy(HttpStatusCode.Conflict, "period-is-reported-once").ShouldBeTrue();
        var licence = await licensing.Api.GetLicenceAsync(id, Ct);
        licence.Reports.Count.ShouldBe(4);
        licence.Statements.Count.ShouldBe(5); // the upfront fee and four royalty statements
        (await erp.ListStatementsAsync(id, ct: Ct)).Count.ShouldBe(5);
    }

    [Fact]
    public async Task Concurrent_payments_on_one_statement_are_never_lost_and_never_exceed_what_is_due()
    {
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync(), "NonExclusive"));
        await licensing.SignAsync(id);
        var upfront = (await licensing.Api.GetLicenceAsync(id, Ct)).Statements[0].Id;

        // 10 000 € due; 12 payments of 1 000 € at once: exactly 10 fit.
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            Attempt.Of(() => licensing.Api.RecordPaymentAsync(id, new RecordPaymentRequest(upfront, 1_000m), ct: Ct))));

        answers.Count(a => a.Succeeded).ShouldBe(10);
        answers.Where(a => !a.Succeeded).ShouldAllBe(a => a.RefusedBy(HttpStatusCode.Conflict, "payment-does-not-exceed-what-is-due"));
        var statement = (await licensing.Api.ListStatementsAsync(id, ct: Ct))[0];
        (statement.Paid.Amount, statement.Settled).ShouldBe((10_000m, true));
        await licensing.Probe.WaitForAsync(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("paymentId", out _), "RoyaltyPaid");
        await Eventually.TrueAsync(() => Task.FromResult(
            licensing.Probe.Received.Count(m => m.Message.GetProperty("licenceId").GetGuid() == id && m.Message.TryGetProperty("paymentId", out _)) == 10),
            "ten RoyaltyPaid on the broker");
    }
}
