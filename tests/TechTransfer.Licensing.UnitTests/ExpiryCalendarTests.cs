using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.Expire;
using TechTransfer.Licensing.Api.Licences.Sign;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Licensing.UnitTests;

/// <summary>
/// Licences ending on every day of 2024–2028: a licence is in force through its end date and expires the day after
/// (UTC), never before; the expiry records the end date and frees the exclusivity from the day after it.
/// </summary>
public sealed class ExpiryCalendarTests
{
    private static readonly DateOnly Start = new(2023, 6, 1);

    private static Licence SignedUntil(DateOnly ends) => Given.Signed(Given.Terms(startsOn: Start, endsOn: ends), signedOn: Start);

    [Fact]
    public void A_licence_expires_the_day_after_its_end_date_not_before()
    {
        Days.Each(ends =>
        {
            var licence = SignedUntil(ends);
            ExpireLicenceDecision.Decide(licence, Days.StartOf(ends)).ShouldBeEmpty("in force on its first moment of its end date");
            ExpireLicenceDecision.Decide(licence, Days.EndOf(ends)).ShouldBeEmpty("in force to the last moment of its end date");
            // 01:30 at UTC+02:00 on the next day is still the end date in UTC: the decision reads the UTC day.
            ExpireLicenceDecision.Decide(licence, new DateTimeOffset(ends.AddDays(1).ToDateTime(new TimeOnly(1, 30)), TimeSpan.FromHours(2))).ShouldBeEmpty();
            var expired = ExpireLicenceDecision.Decide(licence, Days.StartOf(ends.AddDays(1))).OfType<LicenceExpired>().ShouldHaveSingleItem();
            expired.EndedOn.ShouldBe(ends);
            var after = Given.Apply(licence, [expired]);
            after.Status.ShouldBe(LicenceStatus.Expired);
            ExpireLicenceDecision.Decide(after, Days.StartOf(ends.AddDays(2))).ShouldBeEmpty("an expired licence expires once");
        });
    }

    [Fact]
    public void An_expired_exclusive_licence_blocks_its_term_and_frees_the_day_after()
    {
        Days.Each(ends =>
        {
            var draft = Given.Draft(Given.Terms(startsOn: Start, endsOn: ends));
            var signing = SignLicenceDecision.Decide(draft, new SignLicence(Start), Given.Marketed, [], "olga", Given.Now, Guid.NewGuid());
            var licence = Given.Apply(draft, signing);
            var expiry = ExpireLicenceDecision.Decide(licence, Days.StartOf(ends.AddDays(1)));
            var exclusivity = Exclusivity.Events(draft, signing).Concat(Exclusivity.Events(licence, expiry))
                .Aggregate((TechnologyExclusivity?)null, (s, e) => TechnologyExclusivity.Next(s, licence.TechnologyId, e))!;
            var held = exclusivity.Grants.ShouldHaveSingleItem();
            ExclusiveGrant Later(DateOnly from) => ExclusiveGrant.Of(Guid.NewGuid(), LicenceTerms.From(Given.Terms(startsOn: from, endsOn: from.AddYears(1))));
            held.Overlaps(Later(ends)).ShouldBeTrue($"a licence starting on {ends:yyyy-MM-dd} overlaps one in force that day");
            held.Overlaps(Later(ends.AddDays(1))).ShouldBeFalse($"a licence starting on {ends.AddDays(1):yyyy-MM-dd} follows one that ended the day before");
        });
    }

    [Fact]
    public void A_licence_can_be_signed_up_to_its_end_date()
    {
        Days.Each(ends =>
        {
            var draft = Given.Draft(Given.Terms(startsOn: Start, endsOn: ends));
            SignLicenceDecision.Decide(draft, new SignLicence(ends), Given.Marketed, [], "olga", Days.StartOf(ends), Guid.NewGuid()).OfType<LicenceSigned>().ShouldHaveSingleItem();
            Should.Throw<DomainRuleViolationException>(() => SignLicenceDecision.Decide(draft, new SignLicence(ends.AddDays(1)), Given.Marketed, [], "olga", Days.StartOf(ends.AddDays(1)),
                Guid.NewGuid())).Rule.ShouldBe("licence-has-not-ended");
        });
    }
}
