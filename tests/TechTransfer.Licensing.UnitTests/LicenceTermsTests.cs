using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.Licences;

namespace TechTransfer.Licensing.UnitTests;

public sealed class LicenceTermsTests
{
    private static string Rule(LicenceTermsRequest request) => Should.Throw<DomainRuleViolationException>(() => LicenceTerms.From(request)).Rule;

    [Fact]
    public void A_flat_rate_is_one_tier_from_zero_and_the_territory_is_normalised()
    {
        var terms = LicenceTerms.From(Given.Terms(countries: ["de", "FR", "fr"]));
        terms.RoyaltyTiers.ShouldBe([new RoyaltyTier(0m, 5m)]);
        terms.Countries.ShouldBe(["DE", "FR"]);
        terms.TerritoryText.ShouldBe("DE,FR");
        terms.UpfrontFee.ShouldBe(Given.Eur(10_000m));
    }

    [Fact]
    public void The_term_ends_after_it_starts() =>
        Rule(Given.Terms(startsOn: new DateOnly(2026, 1, 1), endsOn: new DateOnly(2026, 1, 1))).ShouldBe("term-ends-after-it-starts");

    [Fact]
    public void The_territory_is_worldwide_or_countries_and_countries_are_iso_codes()
    {
        Rule(Given.Terms(countries: [])).ShouldBe("territory-is-worldwide-or-countries");
        Rule(Given.Terms(countries: ["XX"])).ShouldBe("country-is-iso-3166");
        LicenceTerms.From(Given.Terms(worldwide: true)).TerritoryText.ShouldBe("worldwide");
    }

    [Fact]
    public void The_royalty_is_a_rate_or_tiers_that_start_at_zero_and_rise()
    {
        Rule(Given.Terms(rate: null)).ShouldBe("royalty-is-a-rate-or-tiers");
        Rule(Given.Terms(tiers: [new(100m, 5m)])).ShouldBe("tiers-start-at-zero-and-rise");
        Rule(Given.Terms(tiers: [new(0m, 5m), new(100m, 4m), new(100m, 3m)])).ShouldBe("tiers-start-at-zero-and-rise");
        Rule(Given.Terms(rate: 101m)).ShouldBe("rate-is-a-percentage");
    }

    [Fact]
    public void A_sublicence_share_goes_with_sublicensing()
    {
        Rule(Given.Terms(sublicensing: true)).ShouldBe("sublicence-share-is-given");
        Rule(Given.Terms(sublicenceShare: 20m)).ShouldBe("sublicence-share-needs-sublicensing");
        LicenceTerms.From(Given.Terms(sublicensing: true, sublicenceShare: 20m)).SublicenceShare.ShouldBe(20m);
    }

    [Fact]
    public void Amounts_fit_the_currency_and_milestones_are_named_once()
    {
        Rule(Given.Terms(upfront: 10.001m)).ShouldBe("amount-fits-the-currency");
        Rule(Given.Terms(milestones: [new("FDA approval", 5_000m), new("fda approval", 1_000m)])).ShouldBe("milestones-are-named-once");
    }
}
