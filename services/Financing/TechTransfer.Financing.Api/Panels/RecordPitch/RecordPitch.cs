using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Financing.Api.StartUps;

namespace TechTransfer.Financing.Api.Panels.RecordPitch;

public sealed record RecordPitch([Required] Guid? StartUpId, [Required] PitchOutcome? Outcome, [StringLength(2000)] string? Notes = null);

public sealed record PitchRecorded(Guid PitchId, Guid SessionId, DateOnly On, Guid StartUpId, string StartUpName, PitchOutcome Outcome, string? Notes, string By, DateTimeOffset At);

/// <summary>Pure: the start-up, if Incubation reported it, is looked up by the handler and passed in.</summary>
public static class RecordPitchDecision
{
    public static IReadOnlyList<object> Decide(Panel panel, Guid sessionId, RecordPitch command, KnownStartUp? startUp, string by, DateTimeOffset now, Guid pitchId)
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
