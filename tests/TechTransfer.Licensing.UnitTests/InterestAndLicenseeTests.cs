using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Contracts.Licensing;
using TechTransfer.Licensing.Api.Interests;
using TechTransfer.Licensing.Api.Interests.Move;
using TechTransfer.Licensing.Api.Interests.Register;
using TechTransfer.Licensing.Api.Licensees;
using TechTransfer.Licensing.Api.Licensees.Register;

namespace TechTransfer.Licensing.UnitTests;

public sealed class InterestAndLicenseeTests
{
    private static readonly RegisterInterest Request = new(Given.TechnologyId, "Acme Sensors", "Ada Buyer", "ada@acme.example");

    [Fact]
    public void Interest_is_only_in_technologies_of_the_public_catalogue()
    {
        Should.Throw<DomainRuleViolationException>(() => RegisterInterestDecision.Decide(Guid.NewGuid(), Request, Given.Marketed with { Marketed = false }, null, "p", Given.Now))
            .Rule.ShouldBe("technology-is-in-the-catalogue");
        Should.Throw<DomainRuleViolationException>(() => RegisterInterestDecision.Decide(Guid.NewGuid(), Request, Given.Marketed with { Abandoned = true }, null, "p", Given.Now))
            .Rule.ShouldBe("technology-is-in-the-catalogue");
        var registered = RegisterInterestDecision.Decide(Guid.NewGuid(), Request, Given.Marketed, Given.Licensee.OrganisationId, "p", Given.Now)
            .ShouldHaveSingleItem().ShouldBeOfType<InterestRegistered>();
        registered.TechnologyTitle.ShouldBe("Fast quench protection"); // the public title, never the internal one
    }

    [Fact]
    public void An_interest_moves_along_the_pipeline_and_won_or_lost_needs_a_reason()
    {
        var interest = Interest.Next(null, RegisterInterestDecision.Decide(Guid.NewGuid(), Request, Given.Marketed, null, "p", Given.Now)[0])!;
        Interest Move(Interest i, InterestStage to, string? reason = null) => Interest.Next(i, MoveInterestDecision.Decide(i, new MoveInterest(to, reason), "s", Given.Now)[0])!;
        Should.Throw<DomainRuleViolationException>(() => MoveInterestDecision.Decide(interest, new MoveInterest(InterestStage.Won, "x"), "s", Given.Now)).Rule
            .ShouldBe("interest-moves-along-the-pipeline");
        var negotiating = Move(Move(interest, InterestStage.Contacted), InterestStage.Negotiating);
        Should.Throw<DomainRuleViolationException>(() => MoveInterestDecision.Decide(negotiating, new MoveInterest(InterestStage.Lost), "s", Given.Now)).Rule.ShouldBe("outcome-has-a-reason");
        var lost = Move(negotiating, InterestStage.Lost, "chose a competing technology");
        (lost.Stage, lost.OutcomeReason, lost.History.Count).ShouldBe((InterestStage.Lost, "chose a competing technology", 4));
        Should.Throw<DomainRuleViolationException>(() => MoveInterestDecision.Decide(lost, new MoveInterest(InterestStage.Contacted), "s", Given.Now)).Kind.ShouldBe(RuleKind.CurrentState);
    }

    [Theory]
    [InlineData(SizeClass.Micro, CompanySizeClass.Micro, true)]
    [InlineData(SizeClass.Small, CompanySizeClass.Small, true)]
    [InlineData(SizeClass.Medium, CompanySizeClass.Medium, true)]
    [InlineData(SizeClass.MidSized, CompanySizeClass.Large, false)]
    [InlineData(SizeClass.Large, CompanySizeClass.Large, false)]
    public void Size_classes_travel_as_the_EU_classes_and_only_SMEs_count_as_SMEs(SizeClass size, string wire, bool sme)
    {
        size.WireName().ShouldBe(wire);
        CompanySizeClass.IsSme(size.WireName()).ShouldBe(sme);
        size.IsSme().ShouldBe(sme);
    }

    [Fact]
    public void A_licensee_has_an_iso_country_a_contact_and_an_organisation_bound_to_no_other_licensee()
    {
        var contact = new Contact("Ada Buyer", "ada@acme.example");
        var ok = new RegisterLicensee("Acme", "fr", SizeClass.Small, [contact], Guid.NewGuid());
        RegisterLicenseeDecision.Decide(Guid.NewGuid(), ok, null, "s", Given.Now).ShouldHaveSingleItem().ShouldBeOfType<LicenseeRegistered>().Country.ShouldBe("FR");
        Should.Throw<DomainRuleViolationException>(() => RegisterLicenseeDecision.Decide(Guid.NewGuid(), ok with { Country = "ZZ" }, null, "s", Given.Now)).Rule.ShouldBe("country-is-iso-3166");
        Should.Throw<DomainRuleViolationException>(() => RegisterLicenseeDecision.Decide(Guid.NewGuid(), ok with { Contacts = [] }, null, "s", Given.Now)).Rule.ShouldBe("licensee-has-a-contact");
        Should.Throw<DomainRuleViolationException>(() => RegisterLicenseeDecision.Decide(Guid.NewGuid(), ok, Given.Licensee, "s", Given.Now)).Rule.ShouldBe("organisation-is-one-licensee");
    }
}
