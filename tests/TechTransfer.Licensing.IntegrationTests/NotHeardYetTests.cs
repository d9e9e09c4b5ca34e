using TechTransfer.Contracts.Disclosures;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>
/// Issue 12, item 6: Licensing hears Disclosures' facts a moment after they happen. When what it has heard would
/// refuse only because a fact has not arrived yet (known but not marketed, ownership not agreed), it asks Disclosures
/// and refuses only when Disclosures confirms.
/// </summary>
public sealed class NotHeardYetTests(ScriptedDisclosuresFixture licensing) : IClassFixture<ScriptedDisclosuresFixture>
{
    private static object Interest(Guid technology) =>
        new { technologyId = technology, companyName = "Acme Sensors", contactName = "Ada Buyer", contactEmail = "ada@acme.example" };

    /// <summary>Licensing has heard of the disclosure (and, when asked, the ownership) but not of the marketing.</summary>
    private async Task<Guid> DisclosedNotMarketedAsync(bool owned = false)
    {
        var id = Guid.NewGuid();
        await licensing.Disclosures.PublishAsync(new TechnologyDisclosed(id, "Quench detector", "CERN", DateTimeOffset.UtcNow.AddYears(-1), "Superconducting magnets"));
        if (owned)
            await licensing.Disclosures.PublishAsync(new IpOwnershipAgreed(id, [new OwnerShare("CERN", "facility", 100m)], "KT-AGR-2", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () =>
        {
            var answer = await licensing.Staff.GetAsync($"/known-technologies/{id}");
            return answer.IsSuccessStatusCode && (!owned || (await answer.Content.ReadAsStringAsync()).Contains("\"ownershipAgreed\":true"));
        }, "Licensing to hear of the disclosure");
        return id;
    }

    [Fact]
    public async Task A_partners_interest_in_a_technology_the_catalogue_lists_but_Licensing_has_not_heard_marketed_is_registered()
    {
        var technology = await DisclosedNotMarketedAsync();
        licensing.Answer = request => Task.FromResult<object?>(request.RequestUri!.AbsolutePath == $"/catalogue/{technology}"
            ? new { id = technology, title = "Fast quench protection", facility = "CERN", field = "Superconducting magnets", publishedAt = DateTimeOffset.UtcNow }
            : null);
        var organisation = Guid.NewGuid();

        var id = (await licensing.PartnerOf(organisation).PostOkAsync("/interests", Interest(technology))).GetProperty("id").GetGuid();

        (await licensing.Staff.GetOkAsync($"/interests/{id}")).GetProperty("technologyTitle").GetString().ShouldBe("Fast quench protection");
        // Asked with the partner's own credential: Disclosures decides what that partner may see.
        licensing.Requests.ShouldContain(r => r.Path == $"/catalogue/{technology}" && r.Authorization != null);
    }

    [Fact]
    public async Task An_interest_is_refused_when_Disclosures_confirms_the_technology_is_not_in_the_catalogue()
    {
        var technology = await DisclosedNotMarketedAsync();
        licensing.Answer = _ => Task.FromResult<object?>(null);

        var refused = await licensing.PartnerOf(Guid.NewGuid()).PostAsync("/interests", Interest(technology));

        (await refused.ProblemAsync(422)).GetProperty("rule").GetString().ShouldBe("technology-is-in-the-catalogue");
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

        await licensing.Staff.PostOkAsync($"/licences/{id}/signature", new { });

        (await licensing.Staff.GetOkAsync($"/licences/{id}")).GetProperty("status").GetString().ShouldBe("Signed");
        (await licensing.Staff.GetOkAsync($"/known-technologies/{technology}")).GetProperty("marketed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_signature_is_refused_by_name_when_Disclosures_confirms_the_technology_is_not_marketed()
    {
        var technology = await DisclosedNotMarketedAsync(owned: true);
        licensing.Answer = _ => Task.FromResult<object?>(ScriptedDisclosuresFixture.Technology(technology, marketed: false, owned: true));
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync()));

        (await (await licensing.Staff.PostAsync($"/licences/{id}/signature", new { })).ProblemAsync(422)).GetProperty("rule").GetString()
            .ShouldBe("technology-is-marketed");
    }
}
