using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.Scoreboard;
using TechTransfer.Disclosures.Api.Technologies.Scoreboard.Feeds;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Disclosures.UnitTests;

/// <summary>
/// Which year a fact dated on any day of 2024–2028 counts in: the calendar year of its business day (UTC for a moment),
/// so a fact of 31 December counts in that year's scoreboard and one of 1 January in the next, and never in both.
/// </summary>
public sealed class ScoreboardYearTests
{
    private static readonly DateTimeOffset Received = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_counted_event_counts_in_the_year_of_its_business_day()
    {
        Days.Each(day =>
        {
            object[] events =
            [
                Given.Disclosed with { ReceivedOn = day },
                Given.Disclosed with { ReceivedOn = null, DisclosedAt = Days.EndOf(day) },
                new PatentApplicationFiled(Guid.NewGuid(), "EP", "EP1", day, day, "s", Received),
                new PatentGranted(Guid.NewGuid(), "EP1B1", day, "s", Received),
                Given.TransferRecorded() with { On = day },
                new PhaseAdvanced(Phase.Prototype, Phase.SmeProduct, "sales", Sources.Licensing, "s", Days.EndOf(day)),
                // 23:30 at UTC−05:00 on the day before is already this day in UTC.
                new PhaseAdvanced(Phase.Prototype, Phase.SmeProduct, "sales", Sources.Licensing, "s",
                    new DateTimeOffset(day.AddDays(-1).ToDateTime(new TimeOnly(23, 30)), TimeSpan.FromHours(-5))),
            ];
            foreach (var e in events)
            {
                var countable = ScoreboardFacts.Countable(e).ShouldNotBeNull($"{e.GetType().Name} counts");
                var fact = ScoreboardFacts.Of(Guid.NewGuid(), Given.TechnologyId, "CERN", countable);
                (fact.Year, fact.On).ShouldBe((day.Year, day), $"{e.GetType().Name} dated {day:yyyy-MM-dd}");
            }
            ScoreboardFacts.Countable(new PhaseAdvanced(Phase.Prototype, Phase.SmeProduct, "sales", Sources.Licensing, "s", Days.StartOf(day.AddDays(1))))!.Value.On
                .ShouldBe(day.AddDays(1), "midnight UTC starts the next day");
        });
    }

    [Fact]
    public void Licences_income_funding_and_start_ups_count_in_their_days_year_only()
    {
        Days.Each(day =>
        {
            var licence = new LicenceFact(Guid.NewGuid(), Guid.NewGuid(), "CERN", day, LicenceKinds.Exclusive, Received);
            var income = new IncomeFact(Guid.NewGuid(), licence.Id, licence.TechnologyId, "CERN", day, "EUR", 100m, 100m, 0m, Received);
            var funding = new FundingFact(Guid.NewGuid(), Guid.NewGuid(), ["CERN"], day, "EUR", 100m, 25m, 75m, Received);
            var founded = new StartUpFact { Id = Guid.NewGuid(), Name = "A", Facilities = ["CERN"], FoundedOn = day };
            var failed = new StartUpFact { Id = Guid.NewGuid(), Name = "B", Facilities = ["CERN"], FoundedOn = new DateOnly(2020, 1, 1) }.Ended(StartUpOutcomes.Failed, day);
            var jobs = new JobsFact(JobsFact.IdOf(founded.Id, day), founded.Id, ["CERN"], day, 7, 3, Received);
            var transfer = ScoreboardFacts.Of(Guid.NewGuid(), Given.TechnologyId, "CERN", ScoreboardFacts.Countable(Given.TransferRecorded() with { On = day })!.Value);
            var disclosed = ScoreboardFacts.Of(Guid.NewGuid(), Given.TechnologyId, "CERN",
                ScoreboardFacts.Countable(Given.Disclosed with { ReceivedOn = new DateOnly(2023, 12, 31) })!.Value);
            var facts = new[] { transfer, disclosed };
            var inputs = new ScoreboardInputs([], facts, [licence], [income], [founded, failed], [funding], [jobs]);

            foreach (var year in new[] { day.Year - 1, day.Year, day.Year + 1 })
            {
                // The year's own facts are read by their year column, as the endpoint's query does.
                var scoreboard = ScoreboardCalculation.For("CERN", year, inputs with { YearFacts = [.. facts.Where(f => f.Year == year)] });
                var counts = year == day.Year ? 1 : 0;
                var what = $"dated {day:yyyy-MM-dd}, in {year}'s scoreboard";
                scoreboard.Licences.Signed.ShouldBe(counts, $"a licence signed {what}");
                scoreboard.LicenceIncome.Sum(i => i.Total).ShouldBe(100m * counts, $"income paid {what}");
                scoreboard.MoneyRaised.Sum(m => m.Rounds).ShouldBe(counts, $"a round closed {what}");
                scoreboard.StartUps.Created.ShouldBe(counts, $"a start-up founded {what}");
                scoreboard.Transfers.ShouldBe(counts, $"a transfer {what}");
                (scoreboard.TimeToFirstTransfer?.Technologies ?? 0).ShouldBe(counts, $"a first transfer {what}");
                founded.AliveAtEndOf(year).ShouldBe(year >= day.Year, $"founded {day:yyyy-MM-dd}: alive at the end of {year}");
                failed.AliveAtEndOf(year).ShouldBe(year < day.Year, $"failed {day:yyyy-MM-dd}: alive at the end of {year}");
                scoreboard.StartUps.Alive.ShouldBe(1, $"one of the two alive at the end of {year}");
                scoreboard.Jobs.HeadCount.ShouldBe(year >= day.Year ? 7 : 0, $"head count reported {what}");
            }
        });
    }
}
