using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.Financing.Api.Investors.Register;

namespace TechTransfer.Financing.Api.Investors;

/// <summary>An investor as staff and financiers see it (inline snapshot).</summary>
public sealed record Investor
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Name { get; init; } = "";
    public InvestorKind Kind { get; init; }
    public MoneySource Source { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }

    public static Investor? Next(Investor? state, object @event) => @event switch
    {
        InvestorRegistered e => new Investor { Id = e.InvestorId, Name = e.Name, Kind = e.Kind, Source = e.Source, RegisteredAt = e.At },
        _ => state,
    };
}

public sealed partial class InvestorProjection : SingleStreamProjection<Investor, Guid>
{
    public override Investor? Evolve(Investor? snapshot, Guid id, IEvent e) => Investor.Next(snapshot, e.Data);
}
