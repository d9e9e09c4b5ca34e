using System.Globalization;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.BuildingBlocks.Money;

/// <summary>
/// An exact amount of one currency (ISO 4217), shared by every service that handles money (Financing, Licensing). Amounts are never rounded: one with more decimals than the
/// currency's minor unit is refused (<c>amount-fits-the-currency</c>). Only derived ratios (dilution,
/// leverage) are rounded, by <see cref="Ratio"/>, half away from zero, to the places each one states.
/// Sums of two amounts in different currencies are refused (<c>same-currency</c>), never converted.
/// </summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>The currencies this service accepts and their minor units (decimal places).</summary>
    public static readonly IReadOnlyDictionary<string, int> MinorUnits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["EUR"] = 2, ["CHF"] = 2, ["GBP"] = 2, ["USD"] = 2, ["SEK"] = 2, ["NOK"] = 2, ["DKK"] = 2, ["PLN"] = 2,
        ["CZK"] = 2, ["HUF"] = 2, ["CAD"] = 2, ["JPY"] = 0,
    };

    public const string DefaultCurrency = "EUR";

    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>Checks an amount given by a caller: a supported currency, positive, no more decimals than its minor unit.</summary>
    public static Money Of(decimal amount, string? currency, string what)
    {
        var code = CurrencyCode(currency);
        if (amount <= 0m)
            throw new DomainRuleViolationException("amount-is-positive", $"The {what} must be more than zero.");
        if (decimal.Round(amount, MinorUnits[code]) != amount)
            throw new DomainRuleViolationException("amount-fits-the-currency",
                $"The {what} ({amount.ToString(CultureInfo.InvariantCulture)}) has more decimals than {code} allows ({MinorUnits[code]}); amounts are never rounded.");
        return new Money(amount, code);
    }

    /// <summary>A supported ISO 4217 code, upper case; EUR when none is given.</summary>
    public static string CurrencyCode(string? currency)
    {
        var code = string.IsNullOrWhiteSpace(currency) ? DefaultCurrency : currency.Trim().ToUpperInvariant();
        return MinorUnits.ContainsKey(code)
            ? code
            : throw new DomainRuleViolationException("currency-is-supported",
                $"'{currency}' is not a supported ISO 4217 currency (supported: {string.Join(", ", MinorUnits.Keys)}).");
    }

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount, SameCurrency(a, b));
    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount, SameCurrency(a, b));

    public static bool operator >(Money a, Money b) => SameCurrency(a, b) is not null && a.Amount > b.Amount;
    public static bool operator <(Money a, Money b) => SameCurrency(a, b) is not null && a.Amount < b.Amount;
    public static bool operator >=(Money a, Money b) => SameCurrency(a, b) is not null && a.Amount >= b.Amount;
    public static bool operator <=(Money a, Money b) => SameCurrency(a, b) is not null && a.Amount <= b.Amount;

    private static string SameCurrency(Money a, Money b) => a.Currency == b.Currency
        ? a.Currency
        : throw new DomainRuleViolationException("same-currency", $"Amounts in {a.Currency} and {b.Currency} cannot be combined; nothing is converted.");

    /// <summary>The one rounding of this service: a ratio to <paramref name="decimals"/> places, half away from zero; null when dividing by zero.</summary>
    public static decimal? Ratio(decimal numerator, decimal denominator, int decimals) =>
        denominator == 0m ? null : decimal.Round(numerator / denominator, decimals, MidpointRounding.AwayFromZero);

    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency}";
}
