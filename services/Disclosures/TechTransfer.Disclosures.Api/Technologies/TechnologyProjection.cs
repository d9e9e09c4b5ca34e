using JasperFx.Events;
using Marten.Events.Aggregation;

namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>Keeps <see cref="Technology"/> inline as a snapshot: one explicit fold, no convention methods to guess.</summary>
public sealed partial class TechnologyProjection : SingleStreamProjection<Technology, Guid>
{
    public override Technology? Evolve(Technology? snapshot, Guid id, IEvent e) => Technology.Next(snapshot, e.Data);
}
