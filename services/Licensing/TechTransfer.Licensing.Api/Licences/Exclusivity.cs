using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.Licences.Expire;
using TechTransfer.Licensing.Api.Licences.Sign;
using TechTransfer.Licensing.Api.Licences.Terminate;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>What a signed exclusive licence holds: its fields of use, territory and term (up to when it ended).</summary>
public sealed record ExclusiveGrant(Guid LicenceId, IReadOnlyList<string> FieldsOfUse, bool Worldwide, IReadOnlyList<string> Countries, DateOnly StartsOn, DateOnly EndsOn)
{
    public static ExclusiveGrant Of(Guid licenceId, LicenceTerms t) => new(licenceId, t.FieldsOfUse, t.Worldwide, t.Countries, t.StartsOn, t.EndsOn);

    /// <summary>
    /// Two grants overlap when their terms overlap in time, their fields of use share one (no fields = every field)
    /// and their territories share a country (worldwide shares every country). Fields compare ignoring case.
    /// </summary>
    public bool Overlaps(ExclusiveGrant other) =>
        StartsOn <= other.EndsOn && other.StartsOn <= EndsOn
        && (FieldsOfUse.Count == 0 || other.FieldsOfUse.Count == 0 || FieldsOfUse.Intersect(other.FieldsOfUse, StringComparer.OrdinalIgnoreCase).Any())
        && (Worldwide || other.Worldwide || Countries.Intersect(other.Countries).Any());
}

// One stream per technology (its id is the technology's): every signature or end of an exclusive licence on the
// technology appends here in the same transaction as the licence's own event, so two concurrent signatures of
// overlapping exclusive licences collide on this stream's version and the loser decides again on what won.
public sealed record ExclusiveLicenceGranted(ExclusiveGrant Grant);

public sealed record ExclusiveLicenceReleased(Guid LicenceId, DateOnly EndedOn);

/// <summary>The signed exclusive licences of one technology.</summary>
public sealed record TechnologyExclusivity
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public IReadOnlyList<ExclusiveGrant> Grants { get; init; } = [];

    public static TechnologyExclusivity Next(TechnologyExclusivity? state, Guid id, object @event)
    {
        var s = state ?? new TechnologyExclusivity { Id = id };
        return @event switch
        {
            ExclusiveLicenceGranted e => s with { Grants = [.. s.Grants.Where(g => g.LicenceId != e.Grant.LicenceId), e.Grant] },
            // An ended licence keeps its grant up to the day it ended: a later licence may start after that.
            ExclusiveLicenceReleased e => s with
            {
                Grants = [.. s.Grants.Select(g => g.LicenceId == e.LicenceId && e.EndedOn < g.EndsOn ? g with { EndsOn = e.EndedOn } : g)],
            },
            _ => s,
        };
    }
}

public sealed partial class TechnologyExclusivityProjection : SingleStreamProjection<TechnologyExclusivity, Guid>
{
    public override TechnologyExclusivity? Evolve(TechnologyExclusivity? snapshot, Guid id, IEvent e) => TechnologyExclusivity.Next(snapshot, id, e.Data);
}

/// <summary>
/// How a licence write joins its technology's exclusivity stream: the commands that sign or end a licence (signature,
/// termination, expiry) load the stream for an exclusive licence and append what their events change in it, in the
/// same transaction. Two concurrent signatures of overlapping exclusive licences then collide on the stream's version,
/// and the loser decides again on what won.
/// </summary>
public static class Exclusivity
{
    /// <summary>The write's load step: the technology's exclusivity, fetched for writing, for an exclusive licence; null otherwise.</summary>
    public static async Task<TechnologyExclusivity?> LoadAsync(Licence licence, StreamReads reads, CancellationToken ct) =>
        licence.Terms.Kind == LicenceKind.Exclusive ? await reads.ForWritingAsync<TechnologyExclusivity>(licence.TechnologyId, ct) : null;

    /// <summary>The licence's events, with the exclusivity events they imply for its technology.</summary>
    public static Decision<NoResult> Follow(Licence licence, IReadOnlyList<object> events) =>
        Decision.Of(events) with { Alongside = [new StreamAppend(licence.TechnologyId, Events(licence, events))] };

    /// <summary>The events that go on the technology's exclusivity stream with these licence events (none for non-exclusive licences).</summary>
    public static IReadOnlyList<object> Events(Licence licence, IReadOnlyList<object> events) => licence.Terms.Kind != LicenceKind.Exclusive
        ? []
        : [.. events.Select(e => e switch
        {
            LicenceSigned => (object?)new ExclusiveLicenceGranted(ExclusiveGrant.Of(licence.Id, licence.Terms)),
            LicenceTerminated t => new ExclusiveLicenceReleased(licence.Id, t.EndedOn),
            LicenceExpired x => new ExclusiveLicenceReleased(licence.Id, x.EndedOn),
            _ => null,
        }).OfType<object>()];
}
