using System.ComponentModel.DataAnnotations;
using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;

/// <summary>A patent cost the office paid for a technology (request body): filing, prosecution, translation, annuities.</summary>
public sealed record RecordPatentCost(
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Amount,
    [Required, StringLength(200, MinimumLength = 2)] string Reference,
    [StringLength(3, MinimumLength = 3)] string? Currency = null,
    DateOnly? IncurredOn = null,
    [StringLength(500)] string? Description = null);

public sealed record PatentCostRecorded(Guid CostId, Guid TechnologyId, Money Amount, DateOnly IncurredOn, string Reference, string? Description, string By, DateTimeOffset At);

/// <summary>
/// A payment's facility part was shared under a policy: what it recovered of the patent costs and the net income
/// shared, counted in the calendar year it was received (the tiers' cumulative basis).
/// </summary>
public sealed record FacilityIncomeShared(Guid PaymentId, Guid LicenceId, Guid TechnologyId, int Year, Money PatentCostsRecovered, Money Net, string By, DateTimeOffset At);

public sealed record PatentCost(Guid Id, Money Amount, DateOnly IncurredOn, string Reference, string? Description, string By, DateTimeOffset At);

public sealed record YearIncome(int Year, string Currency, decimal Net);

/// <summary>
/// A technology's revenue ledger (inline snapshot of its own stream, <see cref="StreamKeys.Ledger"/>): patent costs
/// recorded and recovered, and the facility's net income per year. Every payment on any licence of the technology
/// appends to it in the payment's own transaction, so two payments never recover the same cost twice nor both
/// count as the first above a threshold.
/// </summary>
public sealed record TechnologyLedger
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid TechnologyId { get; init; }
    public IReadOnlyList<PatentCost> Costs { get; init; } = [];
    public IReadOnlyDictionary<string, decimal> Recovered { get; init; } = new Dictionary<string, decimal>();
    public IReadOnlyList<YearIncome> Income { get; init; } = [];

    public Money RecordedIn(string currency) => new(Costs.Where(c => c.Amount.Currency == currency).Sum(c => c.Amount.Amount), currency);

    public Money Unrecovered(string currency) => RecordedIn(currency) - new Money(Recovered.GetValueOrDefault(currency), currency);

    /// <summary>The facility's net income from this technology received in <paramref name="year"/> so far.</summary>
    public Money NetIn(int year, string currency) => new(Income.Where(i => i.Year == year && i.Currency == currency).Sum(i => i.Net), currency);

    public static TechnologyLedger? Next(TechnologyLedger? state, Guid id, object @event)
    {
        var s = state ?? new TechnologyLedger { Id = id };
        return @event switch
        {
            PatentCostRecorded e => s with
            {
                TechnologyId = e.TechnologyId, Costs = [.. s.Costs, new PatentCost(e.CostId, e.Amount, e.IncurredOn, e.Reference, e.Description, e.By, e.At)],
            },
            FacilityIncomeShared e => s with
            {
                TechnologyId = e.TechnologyId,
                Recovered = new Dictionary<string, decimal>(s.Recovered)
                {
                    [e.Net.Currency] = s.Recovered.GetValueOrDefault(e.Net.Currency) + e.PatentCostsRecovered.Amount,
                },
                Income = [.. s.Income.Where(i => i.Year != e.Year || i.Currency != e.Net.Currency),
                    new YearIncome(e.Year, e.Net.Currency, s.NetIn(e.Year, e.Net.Currency).Amount + e.Net.Amount)],
            },
            _ => state,
        };
    }
}

public sealed partial class TechnologyLedgerProjection : SingleStreamProjection<TechnologyLedger, Guid>
{
    public override TechnologyLedger? Evolve(TechnologyLedger? snapshot, Guid id, IEvent e) => TechnologyLedger.Next(snapshot, id, e.Data);
}

public static class PatentCostDecisions
{
    public static IReadOnlyList<object> Record(Guid technologyId, RecordPatentCost command, Guid costId, DateOnly today, string by, DateTimeOffset now)
    {
        var amount = Money.Of(command.Amount ?? 0m, command.Currency ?? Money.DefaultCurrency, "patent cost");
        var incurredOn = command.IncurredOn ?? today;
        if (incurredOn > today)
            throw new DomainRuleViolationException("cost-date-is-not-in-the-future", $"The cost date ({incurredOn:yyyy-MM-dd}) is in the future; record a cost once it is incurred.");
        if (string.IsNullOrWhiteSpace(command.Reference)) throw new DomainRuleViolationException("cost-has-a-reference", "Give the invoice or docket reference of the cost.");
        return [new PatentCostRecorded(costId, technologyId, amount, incurredOn, command.Reference.Trim(), command.Description?.Trim(), by, now)];
    }
}
