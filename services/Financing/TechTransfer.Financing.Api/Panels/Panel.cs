using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.Financing.Api.Panels.AddMember;
using TechTransfer.Financing.Api.Panels.Form;
using TechTransfer.Financing.Api.Panels.HoldSession;
using TechTransfer.Financing.Api.Panels.RecordPitch;

namespace TechTransfer.Financing.Api.Panels;

/// <summary>A panel of financiers: its members (investors), its sessions and every pitch with its outcome (inline snapshot).</summary>
public sealed record Panel
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Name { get; init; } = "";
    public IReadOnlyList<Guid> Members { get; init; } = [];
    public IReadOnlyList<PanelSession> Sessions { get; init; } = [];
    public IReadOnlyList<Pitch> Pitches { get; init; } = [];

    public static Panel? Next(Panel? state, object @event) => (state, @event) switch
    {
        (_, PanelFormed e) => new Panel { Id = e.PanelId, Name = e.Name, Members = e.Members },
        (null, _) => null,
        ({ } s, PanelMemberAdded e) => s with { Members = [.. s.Members, e.InvestorId] },
        ({ } s, PanelSessionHeld e) => s with { Sessions = [.. s.Sessions, new PanelSession(e.SessionId, e.On, e.Venue)] },
        ({ } s, PitchRecorded e) => s with { Pitches = [.. s.Pitches, new Pitch(e.PitchId, e.SessionId, e.On, e.StartUpId, e.StartUpName, e.Outcome, e.Notes)] },
        ({ } s, _) => s,
    };

    public static Panel? From(IEnumerable<object> events) => events.Aggregate((Panel?)null, Next);
}

public sealed partial class PanelProjection : SingleStreamProjection<Panel, Guid>
{
    public override Panel? Evolve(Panel? snapshot, Guid id, IEvent e) => Panel.Next(snapshot, e.Data);
}
