using TechTransfer.Disclosures.Api.Technologies.Scoreboard;

namespace TechTransfer.UnitTests.Disclosures;

public sealed class ScoreboardTests
{
    [Fact]
    public void Facts_are_counted_by_measure_and_transfers_by_form()
    {
        ScoreboardFact Fact(string measure, string? form = null) => new(Guid.NewGuid(), Guid.NewGuid(), "CERN", 2026, measure, form);
        var counts = ScoreboardEndpoint.Count("CERN", 2026,
        [
            Fact(Measures.Disclosures), Fact(Measures.Disclosures), Fact(Measures.PatentApplications), Fact(Measures.PatentGrants),
            Fact(Measures.Transfers, "licence"), Fact(Measures.Transfers, "licence"), Fact(Measures.Transfers, "start-up"),
        ]);
        counts.ShouldBe(counts with { Disclosures = 2, PatentApplications = 1, PatentGrants = 1, Transfers = 3 });
        counts.TransfersByForm.ShouldBe(new Dictionary<string, int> { ["licence"] = 2, ["start-up"] = 1 });
    }
}
