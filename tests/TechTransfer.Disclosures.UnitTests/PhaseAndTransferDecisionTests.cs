using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.Journey;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class PhaseAndTransferDecisionTests
{
    private static readonly PhaseAdvanced ToPrototype = new(Phase.FacilityRnD, Phase.Prototype, "prototype built", Sources.Disclosures, "staff-1", Given.Now.AddDays(-3));

    [Fact]
    public void A_technology_advances_one_phase_with_evidence()
    {
        var advanced = AdvancePhaseDecision.Decide(Given.Technology(), new AdvancePhase(Phase.Prototype, "demonstrator at SM18"), "staff-1", Given.Now)
            .Single().ShouldBeOfType<PhaseAdvanced>();
        (advanced.From, advanced.To).ShouldBe((Phase.FacilityRnD, Phase.Prototype));
    }

    [Theory]
    [InlineData(Phase.FacilityRnD, "phase-only-moves-forward")]
    [InlineData(Phase.SmeProduct, "phase-advances-one-step-at-a-time")]
    public void Phases_never_go_back_nor_skip(Phase to, string rule) =>
        Refused(Given.Technology(), to, rule);

    [Fact]
    public void The_sme_product_phase_needs_a_recorded_transfer() =>
        Refused(Given.Technology(ToPrototype), Phase.SmeProduct, "sme-product-needs-a-transfer");

    [Fact]
    public void An_abandoned_technology_does_not_advance() =>
        Refused(Given.Technology(new TechnologyAbandoned("no market", "staff-1", Given.Now)), Phase.Prototype, "technology-is-active");

    [Theory]
    [InlineData(TransferForm.Licence)]
    [InlineData(TransferForm.StartUp)]
    public void Licences_and_start_ups_are_recorded_by_their_services(TransferForm form)
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => RecordTransferDecision.Decide(Given.Technology(Given.OwnershipAgreed),
            new RecordTransfer(form, "Cryo SARL", "L-1", Given.Today), "staff-1", Given.Now, Guid.NewGuid()));
        refused.Rule.ShouldBe("transfer-form-is-recorded-by-its-service");
        refused.Kind.ShouldBe(RuleKind.Input);
    }

    [Fact]
    public void A_transfer_needs_agreed_ip_ownership()
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => RecordTransferDecision.Decide(Given.Technology(),
            new RecordTransfer(TransferForm.ConsultingAgreement, "Cryo SARL", "C-1", Given.Today), "staff-1", Given.Now, Guid.NewGuid()));
        refused.Rule.ShouldBe("ip-ownership-agreed-first");
        refused.Kind.ShouldBe(RuleKind.CurrentState);
    }

    [Fact]
    public void A_transfer_date_is_not_in_the_future()
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => RecordTransferDecision.Decide(Given.Technology(Given.OwnershipAgreed),
            new RecordTransfer(TransferForm.ServiceContract, "Cryo SARL", "S-1", Given.Today.AddDays(1)), "staff-1", Given.Now, Guid.NewGuid()));
        refused.Rule.ShouldBe("transfer-date-is-not-in-the-future");
    }

    [Fact]
    public void A_reported_transfer_is_recorded_once_per_reference()
    {
        var reported = new ReportedTransfer(TransferForm.Licence, "Cryo SARL", "licence L-1", Given.Today.AddDays(-400), Sources.Licensing, "lena.licensing",
            Given.Now.AddHours(-1));
        var first = RecordTransferDecision.DecideReported(Given.Technology(), reported, Given.Now, Guid.NewGuid());
        var recorded = first.Single().ShouldBeOfType<TransferRecorded>();
        (recorded.Source, recorded.By, recorded.On, recorded.ReportedAt).ShouldBe((Sources.Licensing, "lena.licensing", Given.Today.AddDays(-400), Given.Now.AddHours(-1)));

        RecordTransferDecision.DecideReported(Given.Technology([.. first]), reported, Given.Now, Guid.NewGuid()).ShouldBeEmpty();
    }

    [Fact]
    public void Sales_by_an_sme_after_a_transfer_advance_a_prototype_to_sme_product()
    {
        var events = SmeProductEvidenceDecision.Decide(Given.Technology(ToPrototype, Given.TransferRecorded()), SalesBy(sme: true), Given.Now, Guid.NewGuid());
        var advanced = events.Single().ShouldBeOfType<PhaseAdvanced>();
        (advanced.To, advanced.Source, advanced.By, advanced.HappenedOn, advanced.ReportedAt)
            .ShouldBe((Phase.SmeProduct, Sources.Licensing, "lena.licensing", Given.Today.AddDays(-3), Given.Now.AddHours(-1)));
    }

    [Fact]
    public void Sales_by_a_large_firm_are_held_for_staff()
    {
        var held = SmeProductEvidenceDecision.Decide(Given.Technology(ToPrototype, Given.TransferRecorded()), SalesBy(sme: false), Given.Now, Guid.NewGuid())
            .Single().ShouldBeOfType<SmeProductEvidenceHeld>();
        (held.Rule, held.By, held.HappenedOn).ShouldBe(("sme-product-needs-an-sme", "lena.licensing", Given.Today.AddDays(-3)));
    }

    [Fact]
    public void Sales_that_the_phase_rules_do_not_allow_are_held_naming_the_rule()
    {
        var held = SmeProductEvidenceDecision.Decide(Given.Technology(Given.TransferRecorded()), SalesBy(sme: true), Given.Now, Guid.NewGuid())
            .Single().ShouldBeOfType<SmeProductEvidenceHeld>();
        held.Rule.ShouldBe("phase-advances-one-step-at-a-time");
    }

    [Fact]
    public void More_evidence_once_in_sme_product_is_a_journey_step()
    {
        var technology = Given.Technology(ToPrototype, Given.TransferRecorded(),
            new PhaseAdvanced(Phase.Prototype, Phase.SmeProduct, "sold", Sources.Licensing, "lena.licensing", Given.Now));
        SmeProductEvidenceDecision.Decide(technology, SalesBy(sme: true), Given.Now, Guid.NewGuid()).Single().ShouldBeOfType<JourneyStepReported>();
    }

    [Fact]
    public void An_abandoned_technology_cannot_be_abandoned_twice()
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => AbandonTechnologyDecision.Decide(
            Given.Technology(new TechnologyAbandoned("no market", "staff-1", Given.Now)), new AbandonTechnology("again"), "staff-1", Given.Now));
        refused.Rule.ShouldBe("technology-is-active");
        refused.Kind.ShouldBe(RuleKind.CurrentState);
    }

    private static SmeProductEvidence SalesBy(bool sme) =>
        new("Cryo SARL sold 10 units", Sources.Licensing, "licence L-1", sme, "lena.licensing", Given.Today.AddDays(-3), Given.Now.AddHours(-1));

    private static void Refused(Technology technology, Phase to, string rule)
    {
        var refused = Should.Throw<DomainRuleViolationException>(() => AdvancePhaseDecision.Decide(technology, new AdvancePhase(to, "evidence"), "staff-1", Given.Now));
        refused.Rule.ShouldBe(rule);
        refused.Kind.ShouldBe(RuleKind.CurrentState);
    }
}
