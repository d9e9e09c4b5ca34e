using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.Journey;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class PhaseAndTransferDecisionTests
{
    private static readonly PhaseAdvanced ToPrototype = new(Phase.FacilityRnD, Phase.Prototype, "prototype built", Sources.Disclosures, "staff-1", Given.Now.AddDays(-3));
    private static readonly Guid TransferId = Guid.Parse("0195a000-0000-7000-8000-0000000000d1");

    private static Func<Technology, IReadOnlyList<object>> Advance(Phase to, string evidence = "evidence") =>
        t => AdvancePhaseDecision.Decide(t, new AdvancePhase(to, evidence), "staff-1", Given.Now);

    private static Func<Technology, IReadOnlyList<object>> Record(RecordTransfer command) =>
        t => RecordTransferDecision.Decide(t, command, "staff-1", Given.Now, Guid.NewGuid());

    private static Func<Technology, IReadOnlyList<object>> Evidence(bool sme) =>
        t => SmeProductEvidenceDecision.Decide(t, SalesBy(sme), Given.Now, Guid.NewGuid());

    [Fact]
    public void A_technology_advances_one_phase_with_evidence() =>
        Spec.Given(Given.Technology)
            .When(Advance(Phase.Prototype, "demonstrator at SM18"))
            .Then(new PhaseAdvanced(Phase.FacilityRnD, Phase.Prototype, "demonstrator at SM18", Sources.Disclosures, "staff-1", Given.Now));

    [Theory]
    [InlineData(Phase.FacilityRnD, "phase-only-moves-forward")]
    [InlineData(Phase.SmeProduct, "phase-advances-one-step-at-a-time")]
    public void Phases_never_go_back_nor_skip(Phase to, string rule) =>
        Spec.Given(Given.Technology).When(Advance(to)).ThenRefused(rule, RuleKind.CurrentState);

    [Fact]
    public void The_sme_product_phase_needs_a_recorded_transfer() =>
        Spec.Given(Given.Technology, ToPrototype).When(Advance(Phase.SmeProduct)).ThenRefused("sme-product-needs-a-transfer", RuleKind.CurrentState);

    [Fact]
    public void An_abandoned_technology_does_not_advance() =>
        Spec.Given(Given.Technology, new TechnologyAbandoned("no market", "staff-1", Given.Now))
            .When(Advance(Phase.Prototype))
            .ThenRefused("technology-is-active", RuleKind.CurrentState);

    [Theory]
    [InlineData(TransferForm.Licence)]
    [InlineData(TransferForm.StartUp)]
    public void Licences_and_start_ups_are_recorded_by_their_services(TransferForm form) =>
        Spec.Given(Given.Technology, Given.OwnershipAgreed)
            .When(Record(new RecordTransfer(form, "Cryo SARL", "L-1", Given.Today)))
            .ThenRefused("transfer-form-is-recorded-by-its-service", RuleKind.Input);

    [Fact]
    public void A_transfer_needs_agreed_ip_ownership() =>
        Spec.Given(Given.Technology)
            .When(Record(new RecordTransfer(TransferForm.ConsultingAgreement, "Cryo SARL", "C-1", Given.Today)))
            .ThenRefused("ip-ownership-agreed-first", RuleKind.CurrentState);

    [Fact]
    public void A_transfer_date_is_not_in_the_future() =>
        Spec.Given(Given.Technology, Given.OwnershipAgreed)
            .When(Record(new RecordTransfer(TransferForm.ServiceContract, "Cryo SARL", "S-1", Given.Today.AddDays(1))))
            .ThenRefused("transfer-date-is-not-in-the-future");

    [Fact]
    public void A_reported_transfer_is_recorded_once_per_reference()
    {
        var reported = new ReportedTransfer(TransferForm.Licence, "Cryo SARL", "licence L-1", Given.Today.AddDays(-400), Sources.Licensing, "lena.licensing",
            Given.Now.AddHours(-1));
        var first = Spec.Given(Given.Technology)
            .When(t => RecordTransferDecision.DecideReported(t, reported, Given.Now, TransferId))
            .Then(new TransferRecorded(TransferId, TransferForm.Licence, "Cryo SARL", "licence L-1", Given.Today.AddDays(-400), Sources.Licensing, "lena.licensing",
                Given.Now, Given.Now.AddHours(-1)));

        Spec.Given(Given.Technology, [.. first])
            .When(t => RecordTransferDecision.DecideReported(t, reported, Given.Now, Guid.NewGuid()))
            .ThenNothing();
    }

    [Fact]
    public void Sales_by_an_sme_after_a_transfer_advance_a_prototype_to_sme_product() =>
        Spec.Given(Given.Technology, ToPrototype, Given.TransferRecorded())
            .When(Evidence(sme: true))
            .Then(new PhaseAdvanced(Phase.Prototype, Phase.SmeProduct, "Cryo SARL sold 10 units", Sources.Licensing, "lena.licensing", Given.Now,
                Given.Today.AddDays(-3), Given.Now.AddHours(-1), "licence L-1"));

    // Held evidence carries the refusal's message too; these tests are about which rule held it.
    [Fact]
    public void Sales_by_a_large_firm_are_held_for_staff() =>
        Spec.Given(Given.Technology, ToPrototype, Given.TransferRecorded())
            .When(Evidence(sme: false))
            .Then<SmeProductEvidenceHeld>(held => (held.Rule, held.By, held.HappenedOn).ShouldBe(("sme-product-needs-an-sme", "lena.licensing", Given.Today.AddDays(-3))));

    [Fact]
    public void Sales_that_the_phase_rules_do_not_allow_are_held_naming_the_rule() =>
        Spec.Given(Given.Technology, Given.TransferRecorded())
            .When(Evidence(sme: true))
            .Then<SmeProductEvidenceHeld>(held => held.Rule.ShouldBe("phase-advances-one-step-at-a-time"));

    [Fact]
    public void More_evidence_once_in_sme_product_is_a_journey_step() =>
        Spec.Given(Given.Technology, ToPrototype, Given.TransferRecorded(),
                new PhaseAdvanced(Phase.Prototype, Phase.SmeProduct, "sold", Sources.Licensing, "lena.licensing", Given.Now))
            .When(Evidence(sme: true))
            .Then(new JourneyStepReported("sme-product-evidence", "Cryo SARL sold 10 units", Sources.Licensing, "licence L-1", "lena.licensing",
                Given.Now.AddHours(-1), Given.Today.AddDays(-3)));

    [Fact]
    public void An_abandoned_technology_cannot_be_abandoned_twice() =>
        Spec.Given(Given.Technology, new TechnologyAbandoned("no market", "staff-1", Given.Now))
            .When(t => AbandonTechnologyDecision.Decide(t, new AbandonTechnology("again"), "staff-1", Given.Now))
            .ThenRefused("technology-is-active", RuleKind.CurrentState);

    private static SmeProductEvidence SalesBy(bool sme) =>
        new("Cryo SARL sold 10 units", Sources.Licensing, "licence L-1", sme, "lena.licensing", Given.Today.AddDays(-3), Given.Now.AddHours(-1));
}
