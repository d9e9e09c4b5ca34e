using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Financing.UnitTests;

public sealed class MoneyTests
{
    [Fact]
    public void Amounts_are_exact_decimals_added_without_rounding()
    {
        var sum = Enumerable.Repeat(new Money(0.10m, "EUR"), 10).Aggregate(Money.Zero("EUR"), (a, b) => a + b);
        sum.ShouldBe(new Money(1.00m, "EUR"));
        (new Money(130_000.01m, "EUR") - new Money(0.01m, "EUR")).Amount.ShouldBe(130_000m);
    }

    [Fact]
    public void Two_currencies_are_never_combined()
    {
        Should.Throw<DomainRuleViolationException>(() => new Money(1m, "EUR") + new Money(1m, "CHF")).Rule.ShouldBe("same-currency");
        Should.Throw<DomainRuleViolationException>(() => new Money(1m, "EUR") > new Money(1m, "CHF")).Rule.ShouldBe("same-currency");
    }

    [Theory]
    [InlineData(10.005, "EUR", "amount-fits-the-currency")]
    [InlineData(10.5, "JPY", "amount-fits-the-currency")]
    [InlineData(0, "EUR", "amount-is-positive")]
    [InlineData(-5, "EUR", "amount-is-positive")]
    [InlineData(10, "XXX", "currency-is-supported")]
    public void A_given_amount_is_refused_rather_than_rounded(decimal amount, string currency, string rule) =>
        Should.Throw<DomainRuleViolationException>(() => Money.Of(amount, currency, "amount")).Rule.ShouldBe(rule);

    [Fact]
    public void A_currency_defaults_to_EUR_and_is_normalised() =>
        Money.Of(12.5m, " chf ", "amount").ShouldBe(new Money(12.5m, "CHF"));

    [Fact]
    public void Ratios_round_half_away_from_zero_to_the_stated_places()
    {
        Money.Ratio(73m, 27m, 2).ShouldBe(2.70m);
        Money.Ratio(1m, 8m, 2).ShouldBe(0.13m); // 0.125 → 0.13, not banker's 0.12
        Money.Ratio(5m, 0m, 2).ShouldBeNull();
    }
}
