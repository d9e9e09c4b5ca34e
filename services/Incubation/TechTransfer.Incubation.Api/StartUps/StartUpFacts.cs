using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>One admission of a start-up to an incubator's cohort, indexed by cohort and incubator: dashboards and cohort survival read these.</summary>
public sealed record AdmissionFact(Guid Id, Guid StartUpId, Guid IncubatorId, Guid? CohortId, DateOnly AdmittedOn);

/// <summary>One label award, indexed by name (lower case) and expiry: the investors' list reads the labels held today.</summary>
public sealed record LabelHolding(Guid Id, Guid StartUpId, string Name, string NameKey, DateOnly AwardedOn, DateOnly ExpiresOn)
{
    public static string KeyOf(string label) => label.Trim().ToLowerInvariant();
}

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
