using System.Net;
using TechTransfer.Client.Licensing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>Bad input and broken rules get ProblemDetails naming the field or rule, never a 500, and write nothing.</summary>
public sealed class RefusedLicensingTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_technology_never_heard_of_cannot_be_confirmed_while_Disclosures_is_unreachable_so_nothing_is_signed()
    {
        var licensee = await licensing.LicenseeAsync();
        var id = await licensing.DraftAsync(LicensingFixture.Terms(Guid.NewGuid(), licensee));

        var problem = await SdkCalls.RefusedAsync(() => licensing.Api.SignLicenceAsync(id, new SignLicenceRequest(), ct: Ct), HttpStatusCode.ServiceUnavailable);

        problem.Rule().ShouldBe("disclosures-is-reachable");
        var licence = await licensing.Api.GetLicenceAsync(id, Ct);
        (licence.Status, licence.Version).ShouldBe(("Draft", 1));
    }

    [Fact]
    public async Task Missing_fields_are_named_broken_rules_are_named_and_nothing_is_written()
    {
        var api = licensing.Api;
        var (technology, _, _) = await licensing.TechnologyReadyAsync();
        var licensee = await licensing.LicenseeAsync();

        // Raw: the SDK's terms cannot leave the licensee out.
        var missing = await (await licensing.Staff.PostAsync("/licences", new { technologyId = technology })).ProblemAsync(400);
        missing.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(n => n.Contains("LicenseeId", StringComparison.OrdinalIgnoreCase));

        var terms = LicensingFixture.Terms(technology, licensee);
        (await SdkCalls.RefusedAsync(() => api.DraftLicenceAsync(terms with { RoyaltyTiers = [new RoyaltyTierDto(0m, 5m)] }, Ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("royalty-is-a-rate-or-tiers");
        (await SdkCalls.RefusedAsync(() => api.DraftLicenceAsync(terms with { Countries = ["XX"] }, Ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("country-is-iso-3166");
        (await SdkCalls.RefusedAsync(() => api.DraftLicenceAsync(LicensingFixture.Terms(technology, Guid.NewGuid()), Ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("licensee-is-registered");
        (await api.ListLicencesAsync(technologyId: technology, ct: Ct)).ShouldBeEmpty();

        var id = await licensing.DraftAsync(terms);
        var early = new SubmitRoyaltyReportRequest(new DateOnly(2020, 1, 1), new DateOnly(2020, 3, 31), [new SalesLineDto("FR", "EUR", 1m)]);
        (await SdkCalls.RefusedAsync(() => api.SubmitRoyaltyReportAsync(id, early, ct: Ct), HttpStatusCode.Conflict)).Rule().ShouldBe("licence-is-signed");
        (await SdkCalls.RefusedAsync(() => api.TerminateLicenceAsync(id, new TerminateLicenceRequest("x"), ct: Ct), HttpStatusCode.BadRequest))
            .GetProperty("errors").GetRawText().ShouldContain("Reason");
        (await api.GetLicenceAsync(id, Ct)).Version.ShouldBe(1);
        await SdkCalls.RefusedAsync(() => api.YearFiguresAsync(99, ct: Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_technology_not_heard_marketed_yet_is_not_refused_on_a_guess_while_Disclosures_is_unreachable()
    {
        // Known but not marketed may only mean the marketing news has not arrived: only Disclosures can confirm a refusal
        // (NotHeardYetTests), and here it cannot answer, so the signature fails closed rather than with a rule.
        var (technology, _, _) = await licensing.TechnologyReadyAsync(marketed: false);
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync()));
        (await SdkCalls.RefusedAsync(() => licensing.Api.SignLicenceAsync(id, new SignLicenceRequest(), ct: Ct), HttpStatusCode.ServiceUnavailable)).Rule()
            .ShouldBe("disclosures-is-reachable");
    }
}
