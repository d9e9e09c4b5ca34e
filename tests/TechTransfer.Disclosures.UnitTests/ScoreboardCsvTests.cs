using System.Text.Json;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Scoreboard;

namespace TechTransfer.Disclosures.UnitTests;

/// <summary>The CSV carries every figure of the JSON answer, under the figure's JSON name.</summary>
public sealed class ScoreboardCsvTests
{
    [Fact]
    public void Every_figure_of_the_json_scoreboard_has_a_column_of_the_same_name_in_the_csv()
    {
        // Every nested figure present (no null object, every transfer form), so walking the JSON meets them all.
        var row = new FacilityYear("CERN", 2026, 4, 3, 2, 9,
            Enum.GetValues<TransferForm>().ToDictionary(f => f.WireName(), _ => 1),
            new LicenceFigures(5, 2, 2, 1, 1), [new LicenceIncome("EUR", 100m, 80m, 20m), new LicenceIncome("CHF", 10m, 10m, 0m)],
            new StartUpFigures(1, 1), new AgreementFigures(1, 1, 1, 1), [new MoneyRaised("EUR", 1, 300m, 100m, 200m, 2m)],
            new JobFigures(12, 7, 1), 1, new TimeToFirstTransfer(1, 200m));
        var json = JsonSerializer.SerializeToElement(row, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        var header = ScoreboardCsv.Write([row]).Split("\r\n")[0].Split(',');

        var figures = Figures(json, "").ToList();
        figures.ShouldContain("transfersByForm.patent");
        figures.ShouldContain("licenceIncome.total.CHF");
        figures.Where(f => !header.Contains(f)).ShouldBeEmpty("figures of the JSON scoreboard missing from the CSV header");
    }

    /// <summary>
    /// Each leaf's dotted path; a list of per-currency objects gives one name per figure and currency
    /// (<c>licenceIncome.total.EUR</c>), the currency itself being part of the name, not a figure.
    /// </summary>
    private static IEnumerable<string> Figures(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Figures(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(item => item.EnumerateObject()
            .Where(p => p.Name != "currency")
            .SelectMany(p => Figures(p.Value, $"{path}.{p.Name}.{item.GetProperty("currency").GetString()}"))),
        _ => [path],
    };
}
