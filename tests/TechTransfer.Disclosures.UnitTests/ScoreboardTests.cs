using TechTransfer.Disclosures.Api.Technologies.Scoreboard;
using TechTransfer.Disclosures.Api.Technologies.Scoreboard.Feeds;

namespace TechTransfer.Disclosures.UnitTests;

public sealed class ScoreboardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ScoreboardFact Fact(string measure, string? form = null, string facility = "CERN", DateOnly? on = null, Guid? technology = null)
    {
        var date = on ?? new DateOnly(2026, 3, 1);
        return new(Guid.NewGuid(), technology ?? Guid.NewGuid(), facility, date.Year, measure, form, date);
    }

    private static ScoreboardInputs Inputs(
        IEnumerable<ScoreboardFact>? year = null, IEnumerable<ScoreboardFact>? history = null, IEnumerable<LicenceFact>? licences = null,
        IEnumerable<IncomeFact>? income = null, IEnumerable<StartUpFact>? startUps = null, IEnumerable<FundingFact>? funding = null,
        IEnumerable<JobsFact>? jobs = null) =>
        new([.. year ?? []], [.. history ?? []], [.. licences ?? []], [.. income ?? []], [.. startUps ?? []], [.. funding ?? []], [.. jobs ?? []]);

    private static LicenceFact Licence(string kind, string facility = "CERN", int year = 2026) =>
        new(Guid.NewGuid(), Guid.NewGuid(), facility, new DateOnly(year, 5, 1), kind, Now);

    private static IncomeFact Income(Guid licence, decimal running, decimal other, string currency = "EUR", int year = 2026) =>
        new(Guid.NewGuid(), licence, Guid.NewGuid(), "CERN", new DateOnly(year, 6, 30), currency, running + other, running, other, Now);

    private static StartUpFact StartUp(DateOnly? founded, string? outcome = null, DateOnly? outcomeOn = null, params string[] facilities) =>
        new() { Id = Guid.NewGuid(), Name = "S", Facilities = facilities.Length == 0 ? ["CERN"] : facilities, FoundedOn = founded, Outcome = outcome, OutcomeOn = outcomeOn };

    [Fact]
    public void Facts_are_counted_by_measure_and_transfers_by_form_and_agreements_by_kind()
    {
        var year = ScoreboardCalculation.For("CERN", 2026, Inputs(year:
        [
            Fact(Measures.Disclosures), Fact(Measures.Disclosures), Fact(Measures.PatentApplications), Fact(Measures.PatentGrants),
            Fact(Measures.Transfers, "licence"), Fact(Measures.Transfers, "licence"), Fact(Measures.Transfers, "start-up"),
            Fact(Measures.Transfers, "partnership-agreement"), Fact(Measures.Transfers, "consulting-agreement"), Fact(Measures.Transfers, "service-contract"),
            Fact(Measures.Transfers, "service-contract"), Fact(Measures.Transfers, "standardisation"), Fact(Measures.CommercialProducts),
            Fact(Measures.Disclosures, facility: "JET"),
        ]));
        year.ShouldBe(year with { Disclosures = 2, PatentApplications = 1, PatentGrants = 1, Transfers = 8, CommercialProducts = 1 });
        year.TransfersByForm["licence"].ShouldBe(2);
        year.Agreements.ShouldBe(new AgreementFigures(Partnership: 1, Consulting: 1, Service: 2, Standardisation: 1));
    }

    [Fact]
    public void Licences_are_counted_by_kind_and_those_earning_running_royalties_once_each()
    {
        var earning = Licence(LicenceKinds.Exclusive);
        var feesOnly = Licence(LicenceKinds.NonExclusive);
        var year = ScoreboardCalculation.For("CERN", 2026, Inputs(
            licences: [earning, feesOnly, Licence(LicenceKinds.Option), Licence(LicenceKinds.Exclusive, year: 2025), Licence(LicenceKinds.Exclusive, facility: "JET")],
            income: [Income(earning.Id, 100m, 0m), Income(earning.Id, 50.5m, 0m), Income(feesOnly.Id, 0m, 10_000m), Income(earning.Id, 7m, 0m, "CHF"),
                Income(earning.Id, 999m, 0m, year: 2025)]));
        year.Licences.ShouldBe(new LicenceFigures(Signed: 3, Exclusive: 1, NonExclusive: 1, Options: 1, EarningRoyalties: 1));
        year.LicenceIncome.ShouldBe([new LicenceIncome("CHF", 7m, 7m, 0m), new LicenceIncome("EUR", 10_150.5m, 150.5m, 10_000m)]);
    }

    [Fact]
    public void A_start_up_is_alive_until_the_year_it_failed_and_an_acquired_one_still_operates()
    {
        var year = ScoreboardCalculation.For("CERN", 2026, Inputs(startUps:
        [
            StartUp(new DateOnly(2026, 2, 1)),
            StartUp(new DateOnly(2024, 2, 1), StartUpOutcomes.Failed, new DateOnly(2026, 12, 31)),
            StartUp(new DateOnly(2024, 2, 1), StartUpOutcomes.Failed, new DateOnly(2027, 1, 1)),
            StartUp(new DateOnly(2023, 2, 1), StartUpOutcomes.Acquired, new DateOnly(2025, 1, 1)),
            StartUp(null, StartUpOutcomes.Graduated, new DateOnly(2026, 1, 1)),
        ]));
        year.StartUps.ShouldBe(new StartUpFigures(Created: 1, Alive: 3));
    }

    [Fact]
    public void The_latest_outcome_wins_whatever_order_the_reports_arrive_in()
    {
        var startUp = StartUp(new DateOnly(2024, 1, 1));
        startUp.Ended(StartUpOutcomes.Failed, new DateOnly(2026, 5, 1)).Ended(StartUpOutcomes.Graduated, new DateOnly(2025, 5, 1))
            .Outcome.ShouldBe(StartUpOutcomes.Failed);
        startUp.Ended(StartUpOutcomes.Graduated, new DateOnly(2025, 5, 1)).Ended(StartUpOutcomes.Failed, new DateOnly(2026, 5, 1))
            .Outcome.ShouldBe(StartUpOutcomes.Failed);
    }

    [Fact]
    public void Money_raised_is_per_currency_with_leverage_as_private_over_public()
    {
        FundingFact Round(string currency, decimal pub, decimal priv, int year = 2026) =>
            new(Guid.NewGuid(), Guid.NewGuid(), ["CERN"], new DateOnly(year, 4, 1), currency, pub + priv, pub, priv, Now);
        var year = ScoreboardCalculation.For("CERN", 2026, Inputs(funding:
            [Round("EUR", 27_000m, 73_000m), Round("EUR", 3_000m, 0m), Round("CHF", 0m, 50_000m), Round("EUR", 1m, 1m, 2025)]));
        year.MoneyRaised.ShouldBe(
        [
            new MoneyRaised("CHF", 1, 50_000m, 0m, 50_000m, null),
            new MoneyRaised("EUR", 2, 103_000m, 30_000m, 73_000m, 2.43m),
        ]);
    }

    [Fact]
    public void Jobs_are_each_alive_start_ups_latest_head_count_up_to_the_years_end()
    {
        var alive = StartUp(new DateOnly(2025, 1, 1));
        var failed = StartUp(new DateOnly(2025, 1, 1), StartUpOutcomes.Failed, new DateOnly(2026, 6, 1));
        JobsFact Jobs(StartUpFact s, DateOnly asOf, int head, int researchers) =>
            new(JobsFact.IdOf(s.Id, asOf), s.Id, ["CERN"], asOf, head, researchers, Now);
        var jobs = ScoreboardCalculation.Jobs("CERN", 2026,
            [Jobs(alive, new DateOnly(2025, 6, 1), 3, 2), Jobs(alive, new DateOnly(2026, 6, 1), 8, 5), Jobs(alive, new DateOnly(2027, 1, 5), 20, 9),
             Jobs(failed, new DateOnly(2026, 1, 1), 4, 4)],
            [alive, failed]);
        jobs.ShouldBe(new JobFigures(HeadCount: 8, ResearchersAndEngineers: 5, StartUpsReporting: 1));
    }

    [Fact]
    public void Time_to_first_transfer_is_the_median_over_technologies_first_transferred_that_year()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        var history = new[]
        {
            Fact(Measures.Disclosures, on: new DateOnly(2025, 1, 1), technology: a), Fact(Measures.Transfers, "licence", on: new DateOnly(2026, 1, 1), technology: a),
            Fact(Measures.Transfers, "start-up", on: new DateOnly(2026, 6, 1), technology: a),
            Fact(Measures.Disclosures, on: new DateOnly(2026, 1, 1), technology: b), Fact(Measures.Transfers, "licence", on: new DateOnly(2026, 1, 11), technology: b),
            // First transferred in 2025: not counted in 2026.
            Fact(Measures.Disclosures, on: new DateOnly(2024, 1, 1), technology: c), Fact(Measures.Transfers, "licence", on: new DateOnly(2025, 1, 1), technology: c),
            Fact(Measures.Transfers, "licence", on: new DateOnly(2026, 2, 1), technology: c),
        };
        ScoreboardCalculation.FirstTransfers("CERN", 2026, history).ShouldBe(new TimeToFirstTransfer(2, (365m + 10m) / 2));
        ScoreboardCalculation.FirstTransfers("CERN", 2025, history).ShouldBe(new TimeToFirstTransfer(1, 366m));
        ScoreboardCalculation.FirstTransfers("CERN", 2027, history).ShouldBeNull();
    }

    [Fact]
    public void Csv_has_a_column_per_currency_quotes_text_and_uses_the_invariant_culture()
    {
        var earning = Licence(LicenceKinds.Exclusive, facility: "Lab, national");
        var rows = ScoreboardCalculation.ForEachFacility(Inputs(
            year: [Fact(Measures.Disclosures, facility: "CERN"), Fact(Measures.Disclosures, facility: "Lab, national")],
            licences: [earning], income: [Income(earning.Id, 1234.5m, 0m) with { Facility = "Lab, national" }]), 2026);
        var lines = ScoreboardCsv.Write(rows).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[0].ShouldStartWith("facility,year,disclosures,");
        lines[0].ShouldContain("licenceIncome.total.EUR,licenceIncome.runningRoyalties.EUR");
        lines[1].ShouldStartWith("CERN,2026,1,");
        lines[2].ShouldStartWith("\"Lab, national\",2026,1,");
        lines[2].ShouldContain(",1234.5,1234.5,0,");
    }

    [Fact]
    public void Autm_view_splits_licences_from_options_and_income_into_running_royalties_equity_and_other()
    {
        var earning = Licence(LicenceKinds.Exclusive);
        var survey = AutmCalculation.For(2026, null, Inputs(
            year: [Fact(Measures.Disclosures), Fact(Measures.PatentApplications), Fact(Measures.PatentGrants), Fact(Measures.CommercialProducts)],
            licences: [earning, Licence(LicenceKinds.NonExclusive), Licence(LicenceKinds.Option)],
            income: [Income(earning.Id, 100m, 25m)],
            startUps: [StartUp(new DateOnly(2026, 1, 1), facilities: ["CERN", "JET"]), StartUp(new DateOnly(2020, 1, 1), StartUpOutcomes.Failed, new DateOnly(2021, 1, 1))]),
            Now);
        survey.ShouldBe(survey with
        {
            LicensesExecuted = 2,
            OptionsExecuted = 1,
            ExclusiveLicenses = 1,
            NonExclusiveLicenses = 1,
            InventionDisclosuresReceived = 1,
            NewPatentApplicationsFiled = 1,
            PatentsIssued = 1,
            StartUpsFormed = 1,
            StartUpsStillOperating = 1,
            NewCommercialProducts = 1,
        });
        survey.LicenseIncome.ShouldBe([new AutmLicenseIncome("EUR", 125m, 100m, 0m, 25m)]);
    }
}
