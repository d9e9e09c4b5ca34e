using System.Net;
using System.Text.Json;
using TechTransfer.IntegrationTests.Financing;

namespace TechTransfer.IntegrationTests.Licensing;

/// <summary>Many signatures of exclusive licences on one technology at the same moment, through the real host and database.</summary>
public sealed class ExclusivityRaceTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
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
}
