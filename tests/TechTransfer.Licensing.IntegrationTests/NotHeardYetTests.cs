using System.Net;
using TechTransfer.Client.Licensing;
using TechTransfer.Contracts.Disclosures;
using TechTransfer.Licensing.Api.KnownTechnologies.Remote;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>
/// Licensing hears Disclosures' facts a moment after they happen. When what it has heard would
/// refuse only because a fact has not arrived yet (known but not marketed, ownership not agreed), it asks Disclosures
/// and refuses only when Disclosures confirms.
/// </summary>
public sealed class NotHeardYetTests(ScriptedDisclosuresFixture licensing) : IClassFixture<ScriptedDisclosuresFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static RegisterInterestRequest Interest(Guid technology) => new(technology, "Acme Sensors", "Ada Buyer", "ada@acme.example");

    /// <summary>Licensing has heard of the disclosure (and, when asked, the ownership) but not of the marketing.</summary>
    private async Task<Guid> DisclosedNotMarketedAsync(bool owned = false)
    {
        var id = Guid.NewGuid();
        await licensing.Disclosures.PublishAsync(new TechnologyDisclosed(id, "Quench detector", "CERN", DateTimeOffset.UtcNow.AddYears(-1), "Superconducting magnets"));
        if (owned)
            await licensing.Disclosures.PublishAsync(new IpOwnershipAgreed(id, [new OwnerShare("CERN", "facility", 100m)], "KT-AGR-2", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => await licensing.KnownAsync(id) is { } known && (!owned || known.OwnershipAgreed),
            "Licensing to hear of the disclosure");
        return id;
    }

    [Fact]
    public async Task A_partners_interest_in_a_technology_the_catalogue_lists_but_Licensing_has_not_heard_marketed_is_registered()
    {
        var technology = await DisclosedNotMarketedAsync();
        licensing.Answer = request => Task.FromResult<object?>(request.RequestUri!.AbsolutePath == $"/catalogue/{technology}"
            ? new RemoteCatalogueEntry(technology, "Fast quench protection", "CERN", "Superconducting magnets", DateTimeOffset.UtcNow)
            : null);
        var organisation = Guid.NewGuid();

        var id = (await licensing.PartnerApi(organisation).RegisterInterestAsync(Interest(technology), Ct)).Id;

        (await licensing.Api.GetInterestAsync(id, Ct)).TechnologyTitle.ShouldBe("Fast quench protection");
        // Asked with the partner's own credential: Disclosures decides what that partner may see.
        licensing.Requests.ShouldContain(r => r.Path == $"/catalogue/{technology}" && r.Authorization != null);
    }

    [Fact]
    public async Task An_interest_is_refused_when_Disclosures_confirms_the_technology_is_not_in_the_catalogue()
    {
        var technology = await DisclosedNotMarketedAsync();
        licensing.Answer = _ => Task.FromResult<object?>(null);

        var refused = await SdkCalls.RefusedAsync(() => licensing.PartnerApi(Guid.NewGuid()).RegisterInterestAsync(Interest(technology), Ct),
            HttpStatusCode.UnprocessableEntity);

        refused.Rule().ShouldBe("technology-is-in-the-catalogue");
        licensing.Requests.ShouldContain(r => r.Path == $"/catalogue/{technology}");
    }

    [Fact]
    public async Task A_signature_on_a_technology_not_heard_marketed_yet_is_confirmed_by_Disclosures_and_signed()
    {
        var technology = await DisclosedNotMarketedAsync(owned: true);
        licensing.Answer = request => Task.FromResult<object?>(request.RequestUri!.AbsolutePath == $"/technologies/{technology}"
            ? ScriptedDisclosuresFixture.Technology(technology, marketed: true, owned: true)
            : null);
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync()));

        await licensing.SignAsync(id);

        (await licensing.Api.GetLicenceAsync(id, Ct)).Status.ShouldBe("Signed");
        (await licensing.Api.GetKnownTechnologyAsync(technology, Ct)).Marketed.ShouldBeTrue();
    }

    [Fact]
    public async Task A_signature_is_refused_by_name_when_Disclosures_confirms_the_technology_is_not_marketed()
    {
        var technology = await DisclosedNotMarketedAsync(owned: true);
        licensing.Answer = _ => Task.FromResult<object?>(ScriptedDisclosuresFixture.Technology(technology, marketed: false, owned: true));
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync()));

        (await SdkCalls.RefusedAsync(() => licensing.Api.SignLicenceAsync(id, new SignLicenceRequest(), ct: Ct), HttpStatusCode.UnprocessableEntity)).Rule()
            .ShouldBe("technology-is-marketed");
    }
}
