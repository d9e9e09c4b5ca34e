using System.Globalization;
using System.Text;

namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>
/// The scoreboard as CSV (RFC 4180, invariant culture, one row per facility): counts first, then money in one
/// column per currency present, so a spreadsheet opens it as it is.
/// </summary>
public static class ScoreboardCsv
{
    public static string Write(IReadOnlyList<FacilityYear> rows)
    {
        var currencies = rows.SelectMany(r => r.LicenceIncome.Select(i => i.Currency).Concat(r.MoneyRaised.Select(m => m.Currency)))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var header = new List<string>
        {
            "facility", "year", "disclosures", "patent_applications", "patent_grants", "transfers", "licences_signed", "licences_exclusive",
            "licences_non_exclusive", "options", "licences_earning_royalties", "start_ups_created", "start_ups_alive", "partnership_agreements",
            "consulting_agreements", "service_contracts", "standardisation", "commercial_products", "jobs", "jobs_researchers_engineers",
            "technologies_first_transferred", "median_days_to_first_transfer",
        };
        foreach (var c in currencies)
            header.AddRange([$"licence_income_{c}", $"running_royalties_{c}", $"other_licence_income_{c}", $"money_raised_{c}", $"public_money_{c}",
                $"private_money_{c}", $"leverage_{c}"]);

        var csv = new StringBuilder().AppendJoin(',', header).Append("\r\n");
        foreach (var r in rows)
        {
            var cells = new List<object?>
            {
                r.Facility, r.Year, r.Disclosures, r.PatentApplications, r.PatentGrants, r.Transfers, r.Licences.Signed, r.Licences.Exclusive,
                r.Licences.NonExclusive, r.Licences.Options, r.Licences.EarningRoyalties, r.StartUps.Created, r.StartUps.Alive, r.Agreements.Partnership,
                r.Agreements.Consulting, r.Agreements.Service, r.Agreements.Standardisation, r.CommercialProducts, r.Jobs.HeadCount,
                r.Jobs.ResearchersAndEngineers, r.TimeToFirstTransfer?.Technologies ?? 0, r.TimeToFirstTransfer?.MedianDays,
            };
            foreach (var c in currencies)
            {
                var income = r.LicenceIncome.FirstOrDefault(i => i.Currency == c);
                var raised = r.MoneyRaised.FirstOrDefault(m => m.Currency == c);
                cells.AddRange([income?.Total ?? 0m, income?.RunningRoyalties ?? 0m, income?.OtherIncome ?? 0m, raised?.Raised ?? 0m,
                    raised?.PublicMoney ?? 0m, raised?.PrivateMoney ?? 0m, raised?.Leverage]);
            }
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }
        return csv.ToString();
    }

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
