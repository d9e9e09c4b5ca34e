using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.Incubation.Api.Incubators.OpenCohort;
using TechTransfer.Incubation.Api.Incubators.Register;

namespace TechTransfer.Incubation.Api.Incubators;

/// <summary>An incubator with its cohorts (inline snapshot). Its managers are the callers whose <c>org</c> is <see cref="OrganisationId"/>.</summary>
public sealed record Incubator
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Name { get; init; } = "";
    public string Region { get; init; } = "";
    public IncubatorKind Kind { get; init; }
    public Guid OrganisationId { get; init; }
    public IReadOnlyList<Cohort> Cohorts { get; init; } = [];
    public DateTimeOffset RegisteredAt { get; init; }

    public static Incubator? Next(Incubator? state, object @event) => (state, @event) switch
    {
        (_, IncubatorRegistered e) => new Incubator
        {
            Id = e.IncubatorId, Name = e.Name, Region = e.Region, Kind = e.Kind, OrganisationId = e.OrganisationId, RegisteredAt = e.At,
        },
        ({ } s, CohortOpened e) => s with { Cohorts = [.. s.Cohorts, new Cohort(e.CohortId, e.Name, e.StartsOn, e.EndsOn)] },
        _ => state,
    };

    public static Incubator? From(IEnumerable<object> events) => events.Aggregate((Incubator?)null, Next);
}

public sealed partial class IncubatorProjection : SingleStreamProjection<Incubator, Guid>
{
    public override Incubator? Evolve(Incubator? snapshot, Guid id, IEvent e) => Incubator.Next(snapshot, e.Data);
}
