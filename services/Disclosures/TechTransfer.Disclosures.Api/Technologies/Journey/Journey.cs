namespace TechTransfer.Disclosures.Api.Technologies.Journey;

/// <summary>Every step of a technology's journey, with who did it, when it happened, when it was recorded and which service said so.</summary>
public sealed record Journey
{
    public Guid Id { get; init; }
    public Phase Phase { get; init; } = Phase.FacilityRnD;
    public IReadOnlyList<JourneyStep> Steps { get; init; } = [];
}

/// <summary>
/// One step. <see cref="HappenedOn"/> is the business date the source reports (the day a licence was signed, a start-up
/// founded, a form received); <see cref="At"/> is when the source recorded it (for Disclosures' own steps, both are the
/// same moment). <see cref="Reference"/> names the source's object (<c>licence …</c>, <c>payment …</c>): with
/// <see cref="Step"/> it is the step's identity, so the same news reported twice is one step.
/// </summary>
public sealed record JourneyStep(long Version, string Step, string Summary, string By, DateTimeOffset At, string Source, DateOnly HappenedOn, string? Reference);
