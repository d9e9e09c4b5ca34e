using Refit;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client;
using TechTransfer.Client.Licensing;

namespace TechTransfer.IntegrationTests.Licensing;

/// <summary>The partner SDK's Licensing interface against the real service: staff set a licence up, the licensee's system reports through it.</summary>
public sealed class PartnerSdkTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    private ILicensingApi Sdk(string role, Guid? organisation = null) =>
        RestService.For<ILicensingApi>(licensing.ClientAs(role, role == Roles.Staff ? "olga.staff" : "acme-erp", organisation),
            new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(ClientJson.Options) });

    [Fact]
    public async Task Staff_and_a_licensees_system_drive_a_licence_through_the_SDK()
    {
        var ct = TestContext.Current.CancellationToken;
        var (technology, inventorA, _) = await licensing.TechnologyReadyAsync("JET");
        var organisation = Guid.NewGuid();
        var staff = Sdk(Roles.Staff);
        var erp = Sdk(Roles.Partner, organisation);

        var licensee = await staff.RegisterLicenseeAsync(new RegisterLicenseeRequest("Culham Cryo Ltd", "GB", "Medium", [new ContactDto("Bea Buyer", "bea@cryo.example")],
            organisation), ct);
        (await erp.GetLicenseeAsync(licensee.Id, ct)).IsSme.ShouldBeTrue();
        var today = LicensingFixture.Today;
        var terms = new LicenceTermsRequest(technology, licensee.Id, "NonExclusive", today.AddMonths(-3), today.AddYears(3), ["cryogenic pumps"], Worldwide: true,
            Currency: "GBP", RoyaltyRate: 4m, ReportingFrequency: "Quarterly");
        var draft = await staff.DraftLicenceAsync(terms, ct);
        var amended = await staff.AmendLicenceAsync(draft.Id, terms with { RoyaltyRate = 3.5m }, "\"1\"", ct);
        await staff.SignLicenceAsync(draft.Id, new SignLicenceRequest(), $"\"{amended.Version}\"", ct);

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
        var error = await Should.ThrowAsync<ApiException>(() => erp.RecordPaymentAsync(draft.Id, new RecordPaymentRequest(accepted.StatementId, 1m), ct: ct));
        error.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
    }
}
