using System.ComponentModel.DataAnnotations;
using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Financing.Api.StartUps;

namespace TechTransfer.Financing.Api.Panels;

/// <summary>What the panel made of a pitch: it backs the start-up, declines, or wants to hear it again.</summary>
public enum PitchOutcome { Backed, Declined, Deferred }

public sealed record FormPanel([Required, StringLength(200, MinimumLength = 2)] string Name, [Required, MaxLength(100)] IReadOnlyList<Guid> Members);
public sealed record AddPanelMember([Required] Guid? InvestorId);
public sealed record HoldSession([Required] DateOnly? On, [StringLength(200)] string? Venue = null);
public sealed record RecordPitch([Required] Guid? StartUpId, [Required] PitchOutcome? Outcome, [StringLength(2000)] string? Notes = null);

public sealed record PanelFormed(Guid PanelId, string Name, IReadOnlyList<Guid> Members, string By, DateTimeOffset At);
public sealed record PanelMemberAdded(Guid InvestorId, string By, DateTimeOffset At);
public sealed record PanelSessionHeld(Guid SessionId, DateOnly On, string? Venue, string By, DateTimeOffset At);
public sealed record PitchRecorded(Guid PitchId, Guid SessionId, DateOnly On, Guid StartUpId, string StartUpName, PitchOutcome Outcome, string? Notes, string By, DateTimeOffset At);

public sealed record PanelSession(Guid Id, DateOnly On, string? Venue);
public sealed record Pitch(Guid Id, Guid SessionId, DateOnly On, Guid StartUpId, string StartUpName, PitchOutcome Outcome, string? Notes);

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

/// <summary>The panel's rules, pure. Which investors exist is looked up by the handler and passed in.</summary>
public static class PanelDecisions
{
    public static IReadOnlyList<object> Form(Guid panelId, FormPanel command, IReadOnlySet<Guid> knownInvestors, string by, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("panel-is-named", "A panel needs a name of at least 2 characters besides spaces.");
        var members = command.Members.Distinct().ToList();
        if (members.Count == 0) throw new DomainRuleViolationException("panel-has-members", "A panel needs at least one member.");
        if (members.FirstOrDefault(m => !knownInvestors.Contains(m)) is var unknown && unknown != Guid.Empty)
            throw new DomainRuleViolationException("members-are-registered-investors", $"Investor {unknown} is not registered.");
        return [new PanelFormed(panelId, name, members, by, now)];
    }

    public static IReadOnlyList<object> AddMember(Panel panel, Guid investorId, bool investorIsKnown, string by, DateTimeOffset now)
    {
        if (!investorIsKnown) throw new DomainRuleViolationException("members-are-registered-investors", $"Investor {investorId} is not registered.");
        if (panel.Members.Contains(investorId))
            throw new DomainRuleViolationException("member-is-new", "The investor already sits on this panel.", RuleKind.CurrentState);
        return [new PanelMemberAdded(investorId, by, now)];
    }

    public static IReadOnlyList<object> HoldSession(Panel panel, HoldSession command, string by, DateTimeOffset now, Guid sessionId)
    {
        var on = command.On ?? throw new DomainRuleViolationException("session-is-dated", "Give the session's date.");
        return [new PanelSessionHeld(sessionId, on, command.Venue?.Trim(), by, now)];
    }

    public static IReadOnlyList<object> RecordPitch(Panel panel, Guid sessionId, RecordPitch command, KnownStartUp? startUp, string by, DateTimeOffset now, Guid pitchId)
    {
        var session = panel.Sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw new NotFoundException("Session", sessionId);
        if (session.On > DateOnly.FromDateTime(now.UtcDateTime))
            throw new DomainRuleViolationException("pitch-is-recorded-after-the-session", $"The session is on {session.On:yyyy-MM-dd}; record its pitches from that day.", RuleKind.CurrentState);
        if (startUp is null) throw new DomainRuleViolationException("start-up-is-known", $"No start-up {command.StartUpId} was reported by Incubation.");
        if (panel.Pitches.Any(p => p.SessionId == sessionId && p.StartUpId == startUp.Id))
            throw new DomainRuleViolationException("start-up-pitches-once-per-session", "This start-up already pitched at this session.", RuleKind.CurrentState);
        var outcome = command.Outcome ?? throw new DomainRuleViolationException("pitch-has-an-outcome", "Say what the panel made of the pitch.");
        return [new PitchRecorded(pitchId, sessionId, session.On, startUp.Id, startUp.Name, outcome, command.Notes?.Trim(), by, now)];
    }
}
