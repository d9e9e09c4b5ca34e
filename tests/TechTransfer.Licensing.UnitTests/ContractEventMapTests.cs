using JasperFx.Events;
using TechTransfer.Licensing.Api.Figures;
using TechTransfer.Licensing.Api.Integration;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.Expire;
using TechTransfer.Licensing.Api.Licences.RecordPayment;
using TechTransfer.Licensing.Api.Licences.Sign;
using TechTransfer.Licensing.Api.Licences.SubmitRoyaltyReport;
using TechTransfer.Licensing.Api.Licences.Terminate;
using TechTransfer.Licensing.Api.Licences.Views;
using Contract = TechTransfer.Contracts.Licensing;

namespace TechTransfer.Licensing.UnitTests;

public sealed class ContractEventMapTests
{
    private static readonly LicensingContractEvents Map = new();

    private static object? ToContract(object data) => Map.ToContract(new Event<object>(data) { StreamId = Given.LicenceId });

    [Fact]
    public void Signed_terminated_expired_paid_and_first_sales_leave_with_kind_size_field_and_territory()
    {
        var draft = Given.Draft(Given.Terms(fields: ["medical imaging", "NDT"]));
        var signing = SignLicenceDecision.Decide(draft, new SignLicence(Given.Today), Given.Marketed, [], "olga", Given.Now, Guid.NewGuid());
        var signed = ToContract(signing[0]).ShouldBeOfType<Contract.LicenceSigned>();
        (signed.LicenceId, signed.TechnologyId, signed.Exclusive, signed.Kind, signed.LicenseeSizeClass, signed.By)
            .ShouldBe((Given.LicenceId, Given.TechnologyId, true, "exclusive", "small", "olga"));
        (signed.FieldOfUse, signed.Territory).ShouldBe(("medical imaging; NDT", "DE,FR"));
        ToContract(signing[1]).ShouldBeNull(); // statements stay inside

        var licence = Given.Apply(draft, signing);
        var terminated = ToContract(TerminateLicenceDecision.Decide(licence, new TerminateLicence("breach"), "olga", Given.Now)[0]).ShouldBeOfType<Contract.LicenceTerminated>();
        (terminated.Expired, terminated.Reason).ShouldBe((false, "breach"));
        var expired = ToContract(ExpireLicenceDecision.Decide(licence, Given.Now.AddYears(10))[0]).ShouldBeOfType<Contract.LicenceTerminated>();
        (expired.Expired, expired.EndedOn).ShouldBe((true, new DateOnly(2030, 12, 31)));

        var payment = RecordPaymentDecision.Decide(licence, new RecordPayment(licence.Statements[0].Id, 10_000m), Given.Marketed, null, null, "olga", Given.Now, Guid.NewGuid());
        var paid = ToContract(payment[0]).ShouldBeOfType<Contract.RoyaltyPaid>();
        (paid.Amount, paid.RunningRoyalties, paid.OtherIncome, paid.Currency, paid.StatementId).ShouldBe((10_000m, 0m, 10_000m, "EUR", licence.Statements[0].Id));
        ToContract(payment[1]).ShouldBeNull(); // the revenue split stays inside

        var report = SubmitRoyaltyReportDecision.Decide(licence, new SubmitRoyaltyReport(new(2026, 1, 1), new(2026, 3, 31), [new SalesLine("FR", "EUR", 5m)]),
            "acme", Given.Now.AddMonths(2), Guid.NewGuid(), Guid.NewGuid());
        ToContract(report[0]).ShouldBeNull();
        var sales = ToContract(report.OfType<FirstSalesReported>().Single()).ShouldBeOfType<Contract.FirstCommercialSalesReported>();
        (sales.LicenseeSizeClass, sales.FirstSoldOn, sales.LicenseeId).ShouldBe(("small", new DateOnly(2026, 1, 1), Given.Licensee.Id));
    }

    [Fact]
    public void Kinds_have_kebab_case_wire_names() =>
        Enum.GetValues<LicenceKind>().Select(k => k.WireName()).ShouldBe(["exclusive", "non-exclusive", "option"]);

    [Fact]
    public void Figures_count_signed_licences_those_earning_running_royalties_and_income_per_currency()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var figures = FigureCalculations.ByFacility(
            [new LicenceFact(a, Given.TechnologyId, "CERN", 2026, LicenceKind.Exclusive, Given.Today), new LicenceFact(b, Given.TechnologyId, "CERN", 2026, LicenceKind.Option, Given.Today)],
            [new IncomeFact(Guid.NewGuid(), a, Given.TechnologyId, "CERN", 2026, "EUR", 1_000m, 0m), new IncomeFact(Guid.NewGuid(), a, Given.TechnologyId, "CERN", 2026, "EUR", 500m, 0m),
             new IncomeFact(Guid.NewGuid(), b, Given.TechnologyId, "CERN", 2026, "EUR", 0m, 20_000m), new IncomeFact(Guid.NewGuid(), b, Given.TechnologyId, "JET", 2026, "GBP", 7m, 0m)]);
        var cern = figures.Single(f => f.Facility == "CERN");
        (cern.LicencesSigned, cern.Exclusive, cern.Options, cern.LicencesEarningRoyalties).ShouldBe((2, 1, 1, 1));
        cern.Income.ShouldBe([new RoyaltyIncome("EUR", 1_500m, 20_000m, 21_500m)]);
        figures.Single(f => f.Facility == "JET").LicencesSigned.ShouldBe(0);
    }
}
