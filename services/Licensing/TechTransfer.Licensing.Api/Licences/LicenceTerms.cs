using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>How often the licensee reports sales: periods follow each other from the licence's start date.</summary>
public enum ReportingFrequency { Quarterly, SemiAnnual, Annual }

public sealed record RoyaltyTierRequest(
    [Required, Range(typeof(decimal), "0", "100000000000")] decimal? FromNetSales,
    [Required, Range(typeof(decimal), "0", "100")] decimal? Rate);

public sealed record MilestoneRequest(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Amount);

/// <summary>
/// A licence's terms (request body of a draft and of an amendment). Field of use: a list of fields, none meaning every
/// field. Territory: <see cref="Worldwide"/> or a list of ISO 3166 country codes. Royalty: a flat
/// <see cref="RoyaltyRate"/> (percent of net sales) or <see cref="RoyaltyTiers"/> (marginal, by net sales in the
/// licence year). Amounts in <see cref="Currency"/> (EUR when omitted).
/// </summary>
public sealed record LicenceTermsRequest(
    [Required] Guid? TechnologyId,
    [Required] Guid? LicenseeId,
    [Required] LicenceKind? Kind,
    [Required] DateOnly? StartsOn,
    [Required] DateOnly? EndsOn,
    [MaxLength(20)] IReadOnlyList<string>? FieldsOfUse = null,
    bool Worldwide = false,
    [MaxLength(250)] IReadOnlyList<string>? Countries = null,
    [StringLength(3, MinimumLength = 3)] string? Currency = null,
    [Range(typeof(decimal), "0", "100000000000")] decimal? UpfrontFee = null,
    [Range(typeof(decimal), "0", "100")] decimal? RoyaltyRate = null,
    [MaxLength(10)] IReadOnlyList<RoyaltyTierRequest>? RoyaltyTiers = null,
    [Range(typeof(decimal), "0", "100000000000")] decimal? MinimumAnnualRoyalty = null,
    [MaxLength(20)] IReadOnlyList<MilestoneRequest>? Milestones = null,
    bool SublicensingAllowed = false,
    [Range(typeof(decimal), "0", "100")] decimal? SublicenceShare = null,
    ReportingFrequency? ReportingFrequency = null);

/// <summary>A royalty tier: <see cref="Rate"/> percent on the part of the licence year's net sales above <see cref="FromNetSales"/>.</summary>
public sealed record RoyaltyTier(decimal FromNetSales, decimal Rate);

public sealed record MilestonePayment(string Name, Money Amount);

/// <summary>Checked terms, as the events carry them. A flat rate is one tier from zero.</summary>
public sealed record LicenceTerms(
    Guid TechnologyId, Guid LicenseeId, LicenceKind Kind, IReadOnlyList<string> FieldsOfUse, bool Worldwide, IReadOnlyList<string> Countries,
    DateOnly StartsOn, DateOnly EndsOn, string Currency, Money UpfrontFee, IReadOnlyList<RoyaltyTier> RoyaltyTiers, Money? MinimumAnnualRoyalty,
    IReadOnlyList<MilestonePayment> Milestones, bool SublicensingAllowed, decimal SublicenceShare, ReportingFrequency ReportingFrequency)
{
    public string FieldOfUseText => FieldsOfUse.Count == 0 ? "all fields of use" : string.Join("; ", FieldsOfUse);
    public string TerritoryText => Worldwide ? "worldwide" : string.Join(",", Countries);

    /// <summary>Checks a request and gives the terms, or throws <see cref="DomainRuleViolationException"/> naming the rule.</summary>
    public static LicenceTerms From(LicenceTermsRequest r)
    {
        var technology = r.TechnologyId ?? throw new DomainRuleViolationException("technology-is-given", "Name the technology licensed.");
        var licensee = r.LicenseeId ?? throw new DomainRuleViolationException("licensee-is-given", "Name the licensee.");
        var kind = r.Kind ?? throw new DomainRuleViolationException("kind-is-given", "Say whether the licence is exclusive, non-exclusive or an option.");
        var starts = r.StartsOn ?? throw new DomainRuleViolationException("term-is-given", "Give the start date.");
        var ends = r.EndsOn ?? throw new DomainRuleViolationException("term-is-given", "Give the end date.");
        if (ends <= starts) throw new DomainRuleViolationException("term-ends-after-it-starts", $"The licence ends ({ends:yyyy-MM-dd}) on or before it starts ({starts:yyyy-MM-dd}).");

        var fields = (r.FieldsOfUse ?? []).Select(f => f.Trim()).Where(f => f.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var countries = (r.Countries ?? []).Select(c => Licences.Countries.Code(c, "territory country")).Distinct().Order().ToList();
        if (r.Worldwide == (countries.Count > 0))
            throw new DomainRuleViolationException("territory-is-worldwide-or-countries", "The territory is either worldwide or a list of countries, not both and not neither.");

        var currency = Money.CurrencyCode(r.Currency);
        var upfront = r.UpfrontFee is { } fee and > 0m ? Money.Of(fee, currency, "upfront fee") : Money.Zero(currency);
        Money? minimum = r.MinimumAnnualRoyalty is { } mar and > 0m ? Money.Of(mar, currency, "minimum annual royalty") : null;

        IReadOnlyList<RoyaltyTier> tiers = (r.RoyaltyRate, r.RoyaltyTiers) switch
        {
            ({ } rate, null or { Count: 0 }) => [new RoyaltyTier(0m, Percentage(rate, "royalty rate"))],
            (null, { Count: > 0 } given) => Tiers(given),
            _ => throw new DomainRuleViolationException("royalty-is-a-rate-or-tiers", "Give the royalty as a flat rate or as tiers (exactly one of the two)."),
        };

        var milestones = (r.Milestones ?? []).Select(m => new MilestonePayment(m.Name.Trim(), Money.Of(m.Amount ?? 0m, currency, $"milestone '{m.Name}'"))).ToList();
        if (milestones.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != milestones.Count)
            throw new DomainRuleViolationException("milestones-are-named-once", "Two milestone payments have the same name.");

        var share = (r.SublicensingAllowed, r.SublicenceShare) switch
        {
            (true, { } s) => Percentage(s, "sublicence share"),
            (true, null) => throw new DomainRuleViolationException("sublicence-share-is-given", "Sublicensing is allowed: give the share (percent) owed on sublicence income."),
            (false, null) => 0m,
            (false, _) => throw new DomainRuleViolationException("sublicence-share-needs-sublicensing", "A sublicence share is given but sublicensing is not allowed."),
        };

        return new LicenceTerms(technology, licensee, kind, fields, r.Worldwide, countries, starts, ends, currency, upfront, tiers, minimum, milestones,
            r.SublicensingAllowed, share, r.ReportingFrequency ?? Licences.ReportingFrequency.Quarterly);
    }

    private static List<RoyaltyTier> Tiers(IReadOnlyList<RoyaltyTierRequest> given)
    {
        var tiers = given.Select(t => new RoyaltyTier(t.FromNetSales ?? -1m, Percentage(t.Rate ?? -1m, "tier rate"))).ToList();
        if (tiers[0].FromNetSales != 0m || tiers.Zip(tiers.Skip(1)).Any(p => p.Second.FromNetSales <= p.First.FromNetSales))
            throw new DomainRuleViolationException("tiers-start-at-zero-and-rise", "The first tier starts at 0 net sales and each next tier starts higher than the one before.");
        return tiers;
    }

    private static decimal Percentage(decimal value, string what) => value is >= 0m and <= 100m
        ? value
        : throw new DomainRuleViolationException("rate-is-a-percentage", $"The {what} ({value}) must be a percentage between 0 and 100.");
}
