using System.Globalization;
using System.Text;

namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>
/// The scoreboard as CSV (RFC 4180, invariant culture, one row per facility): every figure of the JSON answer, each in
/// the column named by its JSON path (<c>licences.signed</c>, <c>transfersByForm.patent</c>); money figures get one column
/// per currency present, the currency last (<c>licenceIncome.total.EUR</c>), so a spreadsheet opens it as it is.
/// </summary>
public static class ScoreboardCsv
{
    private sealed record Column(string Name, Func<FacilityYear, object?> Value);

    private sealed record CurrencyColumn(string Name, Func<FacilityYear, string, object?> Value);

    private static readonly IReadOnlyList<Column> Counts =
    [
        new("facility", r => r.Facility), new("year", r => r.Year), new("disclosures", r => r.Disclosures),
        new("patentApplications", r => r.PatentApplications), new("patentGrants", r => r.PatentGrants), new("transfers", r => r.Transfers),
        // Every form, present in the year or not, so the columns do not move from one year to the next.
        .. Enum.GetValues<TransferForm>().Select(f => f.WireName())
            .Select(form => new Column($"transfersByForm.{form}", r => r.TransfersByForm.GetValueOrDefault(form))),
        new("licences.signed", r => r.Licences.Signed), new("licences.exclusive", r => r.Licences.Exclusive),
        new("licences.nonExclusive", r => r.Licences.NonExclusive), new("licences.options", r => r.Licences.Options),
        new("licences.earningRoyalties", r => r.Licences.EarningRoyalties),
        new("startUps.created", r => r.StartUps.Created), new("startUps.alive", r => r.StartUps.Alive),
        new("agreements.partnership", r => r.Agreements.Partnership), new("agreements.consulting", r => r.Agreements.Consulting),
        new("agreements.service", r => r.Agreements.Service), new("agreements.standardisation", r => r.Agreements.Standardisation),
        new("jobs.headCount", r => r.Jobs.HeadCount), new("jobs.researchersAndEngineers", r => r.Jobs.ResearchersAndEngineers),
        new("jobs.startUpsReporting", r => r.Jobs.StartUpsReporting), new("commercialProducts", r => r.CommercialProducts),
        new("timeToFirstTransfer.technologies", r => r.TimeToFirstTransfer?.Technologies ?? 0),
        new("timeToFirstTransfer.medianDays", r => r.TimeToFirstTransfer?.MedianDays),
    ];

    private static readonly IReadOnlyList<CurrencyColumn> Money =
    [
        new("licenceIncome.total", (r, c) => Income(r, c)?.Total ?? 0m),
        new("licenceIncome.runningRoyalties", (r, c) => Income(r, c)?.RunningRoyalties ?? 0m),
        new("licenceIncome.otherIncome", (r, c) => Income(r, c)?.OtherIncome ?? 0m),
        new("moneyRaised.rounds", (r, c) => Raised(r, c)?.Rounds ?? 0),
        new("moneyRaised.raised", (r, c) => Raised(r, c)?.Raised ?? 0m),
        new("moneyRaised.publicMoney", (r, c) => Raised(r, c)?.PublicMoney ?? 0m),
        new("moneyRaised.privateMoney", (r, c) => Raised(r, c)?.PrivateMoney ?? 0m),
        new("moneyRaised.leverage", (r, c) => Raised(r, c)?.Leverage),
    ];

    public static string Write(IReadOnlyList<FacilityYear> rows)
    {
        var currencies = rows.SelectMany(r => r.LicenceIncome.Select(i => i.Currency).Concat(r.MoneyRaised.Select(m => m.Currency)))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var header = Counts.Select(c => c.Name).Concat(currencies.SelectMany(currency => Money.Select(m => $"{m.Name}.{currency}")));

        var csv = new StringBuilder().AppendJoin(',', header.Select(Cell)).Append("\r\n");
        foreach (var r in rows)
        {
            var cells = Counts.Select(c => c.Value(r)).Concat(currencies.SelectMany(currency => Money.Select(m => m.Value(r, currency))));
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static LicenceIncome? Income(FacilityYear r, string currency) => r.LicenceIncome.FirstOrDefault(i => i.Currency == currency);

    private static MoneyRaised? Raised(FacilityYear r, string currency) => r.MoneyRaised.FirstOrDefault(m => m.Currency == currency);

    /// <summary>Numbers in invariant culture; text quoted when it holds a comma, a quote or a line break; empty for "none".</summary>
    private static string Cell(object? value) => value switch
    {
        null => "",
        string s when s.IndexOfAny([',', '"', '\r', '\n']) >= 0 => $"\"{s.Replace("\"", "\"\"")}\"",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
