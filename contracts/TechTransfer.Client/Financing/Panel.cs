namespace TechTransfer.Client.Financing;

/// <summary>Form a panel of registered investors.</summary>
public sealed record FormPanel(string Name, IReadOnlyList<Guid> Members);

public sealed record AddPanelMember(Guid InvestorId);

/// <summary>Schedule or record a session where start-ups pitch.</summary>
public sealed record HoldSession(DateOnly On, string? Venue = null);

/// <summary>A pitch and the panel's outcome: <see cref="PitchOutcomes"/>.</summary>
public sealed record RecordPitch(Guid StartUpId, string Outcome, string? Notes = null);

/// <summary>The answer to a command that creates a part of a panel: <see cref="PartId"/> is the new session or pitch.</summary>
public sealed record WrittenPart(Guid Id, long Version, Guid PartId);

/// <summary>A panel: members, sessions, pitches. <see cref="Version"/> is its ETag.</summary>
public sealed record Panel(Guid Id, long Version, string Name, IReadOnlyList<Guid> Members, IReadOnlyList<PanelSession> Sessions, IReadOnlyList<Pitch> Pitches);

public sealed record PanelSession(Guid Id, DateOnly On, string? Venue);

public sealed record Pitch(Guid Id, Guid SessionId, DateOnly On, Guid StartUpId, string StartUpName, string Outcome, string? Notes);
