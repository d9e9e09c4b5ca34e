using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.Amend;
using TechTransfer.Licensing.Api.Licences.Draft;
using TechTransfer.Licensing.Api.Licences.Expire;
using TechTransfer.Licensing.Api.Licences.RecordMilestone;
using TechTransfer.Licensing.Api.Licences.Sign;
using TechTransfer.Licensing.Api.Licences.Terminate;
using TechTransfer.Licensing.Api.Licensees;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Licensing.UnitTests;

// A licence's state comes from running the draft and sign decisions (Given.Draft, Given.Signed), so the specs start from it.
public sealed class LicenceDecisionTests
{
    private static readonly Guid StatementId = Guid.Parse("0195c000-0000-7000-8000-0000000000d1");

    private static Func<Licence, IReadOnlyList<object>> Sign(SignLicence command, KnownTechnology? technology = null, params ExclusiveGrant[] exclusive) =>
        l => SignLicenceDecision.Decide(l, command, technology, exclusive, "olga", Given.Now, StatementId);

    private static Func<Licence, IReadOnlyList<object>> Terminate(TerminateLicence command) => l => TerminateLicenceDecision.Decide(l, command, "o", Given.Now);

    private static Func<Licence, IReadOnlyList<object>> Record(RecordMilestone command) => l => RecordMilestoneDecision.Decide(l, command, "o", Given.Now, StatementId);

    [Fact]
    public void A_draft_is_for_a_registered_licensee_and_copies_its_name_organisation_and_size()
    {
        Spec.When(() => DraftLicenceDecision.Decide(Given.LicenceId, Given.Terms(), null, "olga", Given.Now)).ThenRefused("licensee-is-registered");
        Spec.When(() => DraftLicenceDecision.Decide(Given.LicenceId, Given.Terms(), Given.Licensee, "olga", Given.Now))
            .Then(new LicenceDrafted(Given.LicenceId, LicenceTerms.From(Given.Terms()), "Acme Sensors SARL", Given.Licensee.OrganisationId, SizeClass.Small, "olga", Given.Now));
        var licence = Given.Draft();
        licence.Status.ShouldBe(LicenceStatus.Draft);
        licence.LicenseeOrganisationId.ShouldBe(Given.Licensee.OrganisationId);
    }

    [Fact]
    public void Only_a_draft_is_amended_and_an_amendment_keeps_the_parties()
    {
        var draft = Given.Draft();
        var amended = Spec.Given(draft)
            .When(l => AmendLicenceDecision.Decide(l, Given.Terms(rate: 4m), "olga", Given.Now))
            .Then(new LicenceAmended(LicenceTerms.From(Given.Terms(rate: 4m)), "olga", Given.Now));
        Given.Apply(draft, amended).Terms.RoyaltyTiers.Single().Rate.ShouldBe(4m);
        Spec.Given(draft)
            .When(l => AmendLicenceDecision.Decide(l, Given.Terms() with { LicenseeId = Guid.NewGuid() }, "olga", Given.Now))
            .ThenRefused("licence-parties-do-not-change");
        Spec.Given(Given.Signed()).When(l => AmendLicenceDecision.Decide(l, Given.Terms(), "olga", Given.Now)).ThenRefused("licence-is-a-draft");
    }

    [Fact]
    public void Signing_needs_the_technology_known_marketed_owned_and_not_abandoned()
    {
        var draft = Spec.Given(Given.Draft());
        draft.When(Sign(new SignLicence(), null)).ThenRefused("technology-is-known");
        draft.When(Sign(new SignLicence(), Given.Marketed with { Marketed = false })).ThenRefused("technology-is-marketed");
        draft.When(Sign(new SignLicence(), Given.Marketed with { OwnershipAgreed = false })).ThenRefused("ip-ownership-is-agreed");
        draft.When(Sign(new SignLicence(), Given.Marketed with { Abandoned = true })).ThenRefused("technology-is-not-abandoned");
    }

    [Fact]
    public void Signing_issues_the_upfront_fee_statement_due_in_30_days()
    {
        var draft = Given.Draft();
        var events = Spec.Given(draft)
            .When(Sign(new SignLicence(Given.Today), Given.Marketed))
            .Then(
                new LicenceSigned(Given.TechnologyId, Given.Licensee.Id, "Acme Sensors SARL", SizeClass.Small, draft.Terms, "CERN", "Fast quench protection", Given.Today, "olga",
                    Given.Now),
                new StatementIssued(StatementId, StatementKind.UpfrontFee, "Upfront fee", Given.Eur(10_000m), Given.Today, Given.Today.AddDays(30), null, "olga", Given.Now));
        Exclusivity.Events(draft, events).ShouldHaveSingleItem().ShouldBeOfType<ExclusiveLicenceGranted>();
    }

    [Fact]
    public void The_signing_date_is_not_in_the_future() =>
        Spec.Given(Given.Draft()).When(Sign(new SignLicence(Given.Today.AddDays(1)), Given.Marketed)).ThenRefused("signing-date-is-not-in-the-future");

    [Theory]
    [InlineData(new[] { "medical imaging" }, new[] { "DE" }, false, 2025, true)]
    [InlineData(new[] { "MEDICAL IMAGING", "NDT" }, new[] { "IT" }, true, 2025, true)]
    [InlineData(new string[0], new[] { "FR" }, false, 2025, true)]
    [InlineData(new[] { "industrial NDT" }, new[] { "FR" }, false, 2025, false)]
    [InlineData(new[] { "medical imaging" }, new[] { "IT" }, false, 2025, false)]
    [InlineData(new[] { "medical imaging" }, new[] { "FR" }, false, 2031, false)]
    public void Exclusive_licences_never_overlap_in_field_territory_and_term(string[] fields, string[] countries, bool worldwide, int startYear, bool overlaps)
    {
        var held = ExclusiveGrant.Of(Guid.NewGuid(), LicenceTerms.From(Given.Terms()));
        var other = Spec.Given(Given.Draft(Given.Terms(fields: fields, countries: countries, worldwide: worldwide, startsOn: new DateOnly(startYear, 1, 1),
            endsOn: new DateOnly(startYear + 3, 1, 1))));
        var signing = other.When(Sign(new SignLicence(new DateOnly(2025, 1, 1)), Given.Marketed, held));
        if (overlaps)
            signing.ThenRefused("exclusive-licences-do-not-overlap", RuleKind.CurrentState);
        else
            signing.Then<LicenceSigned, StatementIssued>((signed, _) => signed.SignedOn.ShouldBe(new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void A_non_exclusive_licence_is_signed_beside_an_exclusive_one_and_touches_no_exclusivity()
    {
        var held = ExclusiveGrant.Of(Guid.NewGuid(), LicenceTerms.From(Given.Terms()));
        var draft = Given.Draft(Given.Terms(LicenceKind.NonExclusive));
        Spec.Given(draft).When(Sign(new SignLicence(), Given.Marketed, held)).Then(events => Exclusivity.Events(draft, events).ShouldBeEmpty());
    }

    [Fact]
    public void An_ended_exclusive_licence_frees_its_field_from_the_day_after_it_ended()
    {
        var id = Guid.NewGuid();
        var state = TechnologyExclusivity.Next(null, Given.TechnologyId, new ExclusiveLicenceGranted(ExclusiveGrant.Of(id, LicenceTerms.From(Given.Terms()))));
        state = TechnologyExclusivity.Next(state, Given.TechnologyId, new ExclusiveLicenceReleased(id, new DateOnly(2026, 2, 1)));
        Spec.Given(Given.Draft(Given.Terms(startsOn: new DateOnly(2026, 2, 2))))
            .When(Sign(new SignLicence(), Given.Marketed, [.. state.Grants]))
            .Then<LicenceSigned, StatementIssued>((signed, _) => signed.SignedOn.ShouldBe(Given.Today));
    }

    [Fact]
    public void Only_a_signed_licence_is_terminated_with_a_reason_and_that_releases_its_exclusivity()
    {
        Spec.Given(Given.Draft()).When(Terminate(new TerminateLicence("breach"))).ThenRefused("licence-is-signed");
        var signed = Given.Signed();
        Spec.Given(signed).When(Terminate(new TerminateLicence("  "))).ThenRefused("termination-has-a-reason");
        Spec.Given(signed).When(Terminate(new TerminateLicence("breach", Given.Today.AddDays(1)))).ThenRefused("termination-date-is-not-in-the-future");
        var events = Spec.Given(signed)
            .When(Terminate(new TerminateLicence("unpaid royalties")))
            .Then(new LicenceTerminated(Given.TechnologyId, Given.Licensee.Id, "unpaid royalties", Given.Today, "o", Given.Now));
        Exclusivity.Events(signed, events).ShouldHaveSingleItem().ShouldBeOfType<ExclusiveLicenceReleased>().EndedOn.ShouldBe(Given.Today);
    }

    [Fact]
    public void A_signed_licence_expires_after_its_end_date_once()
    {
        var signed = Given.Signed(Given.Terms(endsOn: Given.Today));
        Spec.Given(signed).When(l => ExpireLicenceDecision.Decide(l, Given.Now)).ThenNothing();
        var expired = Spec.Given(signed)
            .When(l => ExpireLicenceDecision.Decide(l, Given.Now.AddDays(1)))
            .Then(new LicenceExpired(Given.TechnologyId, Given.Licensee.Id, Given.Today, ExpireLicenceDecision.ExpiryCheck, Given.Now.AddDays(1)));
        Spec.Given(Given.Apply(signed, expired)).When(l => ExpireLicenceDecision.Decide(l, Given.Now.AddDays(2))).ThenNothing();
    }

    [Fact]
    public void A_milestone_of_the_licence_is_billed_once()
    {
        var signed = Given.Signed(Given.Terms(milestones: [new("First product certified", 25_000m)]));
        Spec.Given(signed).When(Record(new RecordMilestone("Other"))).ThenRefused("milestone-is-in-the-licence");
        var events = Spec.Given(signed)
            .When(Record(new RecordMilestone("first product certified")))
            .Then(
                new MilestoneReached("First product certified", Given.Today, "o", Given.Now),
                new StatementIssued(StatementId, StatementKind.Milestone, "Milestone: First product certified", Given.Eur(25_000m), Given.Today, Given.Today.AddDays(30), null,
                    "o", Given.Now));
        Spec.Given(Given.Apply(signed, events)).When(Record(new RecordMilestone("First product certified"))).ThenRefused("milestone-is-invoiced-once");
    }
}
