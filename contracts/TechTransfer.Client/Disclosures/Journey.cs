namespace TechTransfer.Client.Disclosures;

/// <summary>Every step of a technology's journey, across the four services, in the order they happened.</summary>
public sealed record Journey(Guid Id, string Phase, IReadOnlyList<JourneyStep> Steps);

/// <summary>
/// One step: <see cref="Step"/> is a kebab-case name (<c>disclosed</c>, <c>phase-advanced</c>…); <see cref="Source"/> the
/// reporting service; <see cref="By"/> the person or partner key that acted. <see cref="HappenedOn"/> is the business date
/// the source reports (the journey's order), <see cref="At"/> when the source recorded it; <see cref="Reference"/> the
/// source's object (<c>licence …</c>, <c>start-up …</c>), null for most of Disclosures' own steps.
/// </summary>
public sealed record JourneyStep(long Version, string Step, string Summary, string By, DateTimeOffset At, string Source,
    DateOnly HappenedOn, string? Reference);
