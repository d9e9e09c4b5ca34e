using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.Amend;
using TechTransfer.Licensing.Api.Licences.Draft;
using TechTransfer.Licensing.Api.Licences.Expire;
using TechTransfer.Licensing.Api.Licences.RecordMilestone;
using TechTransfer.Licensing.Api.Licences.Sign;
using TechTransfer.Licensing.Api.Licences.Terminate;

namespace TechTransfer.Licensing.UnitTests;

public sealed class LicenceDecisionTests
{
    private static DomainRuleViolationException Refused(Action decide) => Should.Throw<DomainRuleViolationException>(decide);

    [Fact]
    public void A_draft_is_for_a_registered_licensee_and_copies_its_name_organisation_and_size()
    {
        Refused(() => DraftLicenceDecision.Decide(Given.LicenceId, Given.Terms(), null, "olga", Given.Now)).Rule.ShouldBe("licensee-is-registered");
        var licence = Given.Draft();
        licence.Status.ShouldBe(LicenceStatus.Draft);
        licence.LicenseeOrganisationId.ShouldBe(Given.Licensee.OrganisationId);
    }

    [Fact]
    public void Only_a_draft_is_amended_and_an_amendment_keeps_the_parties()
    {
        var draft = Given.Draft();
        var amended = Given.Apply(draft, AmendLicenceDecision.Decide(draft, Given.Terms(rate: 4m), "olga", Given.Now));
        amended.Terms.RoyaltyTiers.Single().Rate.ShouldBe(4m);
        Refused(() => AmendLicenceDecision.Decide(draft, Given.Terms() with { LicenseeId = Guid.NewGuid() }, "olga", Given.Now)).Rule.ShouldBe("licence-parties-do-not-change");
        Refused(() => AmendLicenceDecision.Decide(Given.Signed(), Given.Terms(), "olga", Given.Now)).Rule.ShouldBe("licence-is-a-draft");
    }

    [Fact]
    public void Signing_needs_the_technology_known_marketed_owned_and_not_abandoned()
    {
        var draft = Given.Draft();
        string Sign(TechTransfer.Licensing.Api.KnownTechnologies.KnownTechnology? t) =>
            Refused(() => SignLicenceDecision.Decide(draft, new SignLicence(), t, [], "olga", Given.Now, Guid.NewGuid())).Rule;
        Sign(null).ShouldBe("technology-is-known");
        Sign(Given.Marketed with { Marketed = false }).ShouldBe("technology-is-marketed");
        Sign(Given.Marketed with { OwnershipAgreed = false }).ShouldBe("ip-ownership-is-agreed");
        Sign(Given.Marketed with { Abandoned = true }).ShouldBe("technology-is-not-abandoned");
    }

    [Fact]
    public void Signing_issues_the_upfront_fee_statement_due_in_30_days()
    {
        var draft = Given.Draft();
        var events = SignLicenceDecision.Decide(draft, new SignLicence(Given.Today), Given.Marketed, [], "olga", Given.Now, Guid.NewGuid());
        var signed = events.OfType<LicenceSigned>().ShouldHaveSingleItem();
        signed.Facility.ShouldBe("CERN");
        signed.TechnologyTitle.ShouldBe("Fast quench protection");
        var statement = events.OfType<StatementIssued>().ShouldHaveSingleItem();
        (statement.Kind, statement.Amount, statement.DueOn).ShouldBe((StatementKind.UpfrontFee, Given.Eur(10_000m), Given.Today.AddDays(30)));
        Exclusivity.Events(draft, events).ShouldHaveSingleItem().ShouldBeOfType<ExclusiveLicenceGranted>();
    }

    [Fact]
    public void The_signing_date_is_not_in_the_future() =>
        Refused(() => SignLicenceDecision.Decide(Given.Draft(), new SignLicence(Given.Today.AddDays(1)), Given.Marketed, [], "o", Given.Now, Guid.NewGuid()))
            .Rule.ShouldBe("signing-date-is-not-in-the-future");

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
        var other = Given.Draft(Given.Terms(fields: fields, countries: countries, worldwide: worldwide, startsOn: new DateOnly(startYear, 1, 1),
            endsOn: new DateOnly(startYear + 3, 1, 1)));
        if (overlaps)
            Refused(() => SignLicenceDecision.Decide(other, new SignLicence(new DateOnly(2025, 1, 1)), Given.Marketed, [held], "o", Given.Now, Guid.NewGuid()))
                .ShouldSatisfyAllConditions(v => v.Rule.ShouldBe("exclusive-licences-do-not-overlap"), v => v.Kind.ShouldBe(RuleKind.CurrentState));
        else
            SignLicenceDecision.Decide(other, new SignLicence(new DateOnly(2025, 1, 1)), Given.Marketed, [held], "o", Given.Now, Guid.NewGuid()).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_non_exclusive_licence_is_signed_beside_an_exclusive_one_and_touches_no_exclusivity()
    {
        var held = ExclusiveGrant.Of(Guid.NewGuid(), LicenceTerms.From(Given.Terms()));
        var draft = Given.Draft(Given.Terms(LicenceKind.NonExclusive));
        var events = SignLicenceDecision.Decide(draft, new SignLicence(), Given.Marketed, [held], "o", Given.Now, Guid.NewGuid());
        Exclusivity.Events(draft, events).ShouldBeEmpty();
    }

    [Fact]
    public void An_ended_exclusive_licence_frees_its_field_from_the_day_after_it_ended()
    {
        var id = Guid.NewGuid();
        var state = TechnologyExclusivity.Next(null, Given.TechnologyId, new ExclusiveLicenceGranted(ExclusiveGrant.Of(id, LicenceTerms.From(Given.Terms()))));
        state = TechnologyExclusivity.Next(state, Given.TechnologyId, new ExclusiveLicenceReleased(id, new DateOnly(2026, 2, 1)));
        var later = Given.Draft(Given.Terms(startsOn: new DateOnly(2026, 2, 2)));
        SignLicenceDecision.Decide(later, new SignLicence(), Given.Marketed, state.Grants, "o", Given.Now, Guid.NewGuid()).ShouldNotBeEmpty();
    }

    [Fact]
    public void Only_a_signed_licence_is_terminated_with_a_reason_and_that_releases_its_exclusivity()
    {
        Refused(() => TerminateLicenceDecision.Decide(Given.Draft(), new TerminateLicence("breach"), "o", Given.Now)).Rule.ShouldBe("licence-is-signed");
        var signed = Given.Signed();
        Refused(() => TerminateLicenceDecision.Decide(signed, new TerminateLicence("  "), "o", Given.Now)).Rule.ShouldBe("termination-has-a-reason");
        Refused(() => TerminateLicenceDecision.Decide(signed, new TerminateLicence("breach", Given.Today.AddDays(1)), "o", Given.Now)).Rule
            .ShouldBe("termination-date-is-not-in-the-future");
        var events = TerminateLicenceDecision.Decide(signed, new TerminateLicence("unpaid royalties"), "o", Given.Now);
        events.ShouldHaveSingleItem().ShouldBeOfType<LicenceTerminated>().Reason.ShouldBe("unpaid royalties");
        Exclusivity.Events(signed, events).ShouldHaveSingleItem().ShouldBeOfType<ExclusiveLicenceReleased>().EndedOn.ShouldBe(Given.Today);
    }

    [Fact]
    public void A_signed_licence_expires_after_its_end_date_once()
    {
        var signed = Given.Signed(Given.Terms(endsOn: Given.Today));
        ExpireLicenceDecision.Decide(signed, Given.Now).ShouldBeEmpty();
        var expired = ExpireLicenceDecision.Decide(signed, Given.Now.AddDays(1)).ShouldHaveSingleItem().ShouldBeOfType<LicenceExpired>();
        expired.EndedOn.ShouldBe(Given.Today);
        ExpireLicenceDecision.Decide(Given.Apply(signed, [expired]), Given.Now.AddDays(2)).ShouldBeEmpty();
    }

    [Fact]
    public void A_milestone_of_the_licence_is_billed_once()
    {
        var signed = Given.Signed(Given.Terms(milestones: [new("First product certified", 25_000m)]));
        Refused(() => RecordMilestoneDecision.Decide(signed, new RecordMilestone("Other"), "o", Given.Now, Guid.NewGuid())).Rule.ShouldBe("milestone-is-in-the-licence");
        var events = RecordMilestoneDecision.Decide(signed, new RecordMilestone("first product certified"), "o", Given.Now, Guid.NewGuid());
        events.OfType<StatementIssued>().Single().ShouldSatisfyAllConditions(s => s.Kind.ShouldBe(StatementKind.Milestone), s => s.Amount.ShouldBe(Given.Eur(25_000m)));
        Refused(() => RecordMilestoneDecision.Decide(Given.Apply(signed, events), new RecordMilestone("First product certified"), "o", Given.Now, Guid.NewGuid()))
            .Rule.ShouldBe("milestone-is-invoiced-once");
    }
}
