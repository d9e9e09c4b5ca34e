using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Contracts.Licensing;
using TechTransfer.Licensing.Api.Interests;
using TechTransfer.Licensing.Api.Interests.Move;
using TechTransfer.Licensing.Api.Interests.Register;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.Licensees;
using TechTransfer.Licensing.Api.Licensees.Register;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Licensing.UnitTests;

public sealed class InterestAndLicenseeTests
{
    private static readonly RegisterInterest Request = new(Given.TechnologyId, "Acme Sensors", "Ada Buyer", "ada@acme.example");
    private static readonly Guid InterestId = Guid.Parse("0195c000-0000-7000-8000-0000000000d1");
    private static readonly InterestRegistered Registered =
        new(InterestId, Given.TechnologyId, "Fast quench protection", null, "Acme Sensors", "Ada Buyer", "ada@acme.example", null, "p", Given.Now);

    private static Interest? InterestOf(object[] events) => events.Aggregate((Interest?)null, Interest.Next);

    private static Func<IReadOnlyList<object>> Register(KnownTechnology technology, Guid? organisation = null) =>
        () => RegisterInterestDecision.Decide(InterestId, Request, technology, organisation, "p", Given.Now);

    private static Func<Interest, IReadOnlyList<object>> Move(InterestStage to, string? reason = null) =>
        i => MoveInterestDecision.Decide(i, new MoveInterest(to, reason), "s", Given.Now);

    [Fact]
    public void Interest_is_only_in_technologies_of_the_public_catalogue()
    {
        Spec.When(Register(Given.Marketed with { Marketed = false })).ThenRefused("technology-is-in-the-catalogue");
        Spec.When(Register(Given.Marketed with { Abandoned = true })).ThenRefused("technology-is-in-the-catalogue");
        Spec.When(Register(Given.Marketed, Given.Licensee.OrganisationId))
            .Then(Registered with { OrganisationId = Given.Licensee.OrganisationId }); // the public title, never the internal one
    }

    [Fact]
    public void An_interest_moves_along_the_pipeline_and_won_or_lost_needs_a_reason()
    {
        Spec.When(Register(Given.Marketed)).Then(Registered);
        List<object> history = [Registered];
        Spec.Given(InterestOf, [.. history]).When(Move(InterestStage.Won, "x")).ThenRefused("interest-moves-along-the-pipeline");
        history.AddRange(Spec.Given(InterestOf, [.. history]).When(Move(InterestStage.Contacted))
            .Then(new InterestMoved(InterestStage.New, InterestStage.Contacted, null, "s", Given.Now)));
        history.AddRange(Spec.Given(InterestOf, [.. history]).When(Move(InterestStage.Negotiating))
            .Then(new InterestMoved(InterestStage.Contacted, InterestStage.Negotiating, null, "s", Given.Now)));
        Spec.Given(InterestOf, [.. history]).When(Move(InterestStage.Lost)).ThenRefused("outcome-has-a-reason");
        history.AddRange(Spec.Given(InterestOf, [.. history]).When(Move(InterestStage.Lost, "chose a competing technology"))
            .Then(new InterestMoved(InterestStage.Negotiating, InterestStage.Lost, "chose a competing technology", "s", Given.Now)));
        var lost = InterestOf([.. history])!;
        (lost.Stage, lost.OutcomeReason, lost.History.Count).ShouldBe((InterestStage.Lost, "chose a competing technology", 4));
        Spec.Given(InterestOf, [.. history]).When(Move(InterestStage.Contacted)).ThenRefused("interest-moves-along-the-pipeline", RuleKind.CurrentState);
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
        var id = Guid.Parse("0195c000-0000-7000-8000-0000000000d2");
        var contact = new Contact("Ada Buyer", "ada@acme.example");
        var ok = new RegisterLicensee("Acme", "fr", SizeClass.Small, [contact], Guid.NewGuid());
        Func<IReadOnlyList<object>> Register(RegisterLicensee command, Licensee? sameOrganisation = null) =>
            () => RegisterLicenseeDecision.Decide(id, command, sameOrganisation, "s", Given.Now);
        Spec.When(Register(ok)).Then(new LicenseeRegistered(id, "Acme", "FR", SizeClass.Small, [contact], ok.OrganisationId, "s", Given.Now));
        Spec.When(Register(ok with { Country = "ZZ" })).ThenRefused("country-is-iso-3166");
        Spec.When(Register(ok with { Contacts = [] })).ThenRefused("licensee-has-a-contact");
        Spec.When(Register(ok, Given.Licensee)).ThenRefused("organisation-is-one-licensee");
    }
}
