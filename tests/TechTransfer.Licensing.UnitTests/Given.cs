using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.Draft;
using TechTransfer.Licensing.Api.Licences.Sign;
using TechTransfer.Licensing.Api.Licensees;

namespace TechTransfer.Licensing.UnitTests;

/// <summary>Given: licences folded from the events that built them, exactly as Marten does.</summary>
public static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 1);
    public static readonly Guid LicenceId = Guid.Parse("0195c000-0000-7000-8000-000000000001");
    public static readonly Guid TechnologyId = Guid.Parse("0195c000-0000-7000-8000-0000000000f1");
    public static readonly Guid InventorA = Guid.Parse("0195c000-0000-7000-8000-0000000000a1");
    public static readonly Guid InventorB = Guid.Parse("0195c000-0000-7000-8000-0000000000b2");

    public static readonly Licensee Licensee = new()
    {
        Id = Guid.Parse("0195c000-0000-7000-8000-0000000000e1"), Name = "Acme Sensors SARL", Country = "FR", SizeClass = SizeClass.Small,
        OrganisationId = Guid.Parse("0195c000-0000-7000-8000-0000000000c1"),
    };

    public static readonly KnownTechnology Marketed = new(TechnologyId, "Quench detector", "CERN", "magnets", Now.AddYears(-1), true, "Fast quench protection", true,
        [new OwnerPart("CERN", "facility", 70m), new OwnerPart("EPFL", "university", 30m)], [new InventorPart(InventorA, 60m), new InventorPart(InventorB, 40m)], false);

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static LicenceTermsRequest Terms(LicenceKind kind = LicenceKind.Exclusive, string[]? fields = null, string[]? countries = null, bool worldwide = false,
        decimal? rate = 5m, RoyaltyTierRequest[]? tiers = null, decimal? minimum = null, decimal? upfront = 10_000m, bool sublicensing = false,
        decimal? sublicenceShare = null, DateOnly? startsOn = null, DateOnly? endsOn = null, ReportingFrequency frequency = ReportingFrequency.Quarterly,
        MilestoneRequest[]? milestones = null) =>
        new(TechnologyId, Licensee.Id, kind, startsOn ?? new DateOnly(2025, 1, 1), endsOn ?? new DateOnly(2030, 12, 31), fields ?? ["medical imaging"], worldwide,
            worldwide ? null : countries ?? ["FR", "DE"], "EUR", upfront, tiers is null ? rate : null, tiers, minimum, milestones, sublicensing, sublicenceShare, frequency);

    public static Licence Draft(LicenceTermsRequest? terms = null, Guid? id = null) =>
        Licence.From(DraftLicenceDecision.Decide(id ?? LicenceId, terms ?? Terms(), Licensee, "olga", Now.AddDays(-60)))!;

    /// <summary>Signed on <paramref name="signedOn"/> (1 January 2025 by default), recorded at <paramref name="at"/> (<see cref="Now"/>, or the signing day when later).</summary>
    public static Licence Signed(LicenceTermsRequest? terms = null, DateOnly? signedOn = null, DateTimeOffset? at = null)
    {
        var draft = Draft(terms);
        var on = signedOn ?? new DateOnly(2025, 1, 1);
        var recorded = at ?? (on > Today ? new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero) : Now);
        return Apply(draft, SignLicenceDecision.Decide(draft, new SignLicence(on), Marketed, [], "olga", recorded, Guid.NewGuid()));
    }

    public static Licence Apply(Licence licence, IEnumerable<object> events) => events.Aggregate(licence, (l, e) => Licence.Next(l, e)!);
}
