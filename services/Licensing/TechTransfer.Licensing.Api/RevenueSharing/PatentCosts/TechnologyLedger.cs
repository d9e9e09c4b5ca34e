using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.Licences.RecordPayment;
using TechTransfer.Licensing.Api.RevenueSharing.PatentCosts.RecordPatentCost;

namespace TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;

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
                TechnologyId = e.TechnologyId,
                Costs = [.. s.Costs, new PatentCost(e.CostId, e.Amount, e.IncurredOn, e.Reference, e.Description, e.By, e.At)],
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
