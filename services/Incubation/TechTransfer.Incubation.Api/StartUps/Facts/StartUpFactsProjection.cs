using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TechTransfer.Incubation.Api.StartUps.Admit;
using TechTransfer.Incubation.Api.StartUps.AwardLabel;

namespace TechTransfer.Incubation.Api.StartUps.Facts;

/// <summary>Keeps the admission and label rows inline: they commit with the events.</summary>
public sealed partial class StartUpFactsProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case StartUpAdmitted a:
                operations.Store(new AdmissionFact(e.Id, e.StreamId, a.IncubatorId, a.CohortId, a.AdmittedOn));
                break;
            case LabelAwarded l:
                operations.Store(new LabelHolding(l.LabelId, e.StreamId, l.Label, LabelHolding.KeyOf(l.Label), l.AwardedOn, l.ExpiresOn));
                break;
        }
        return ValueTask.CompletedTask;
    }
}
