namespace TechTransfer.Disclosures.Api.Technologies.Journey;

/// <summary>Every step of a technology's journey, in stream order, with who did it, when and which service said so.</summary>
public sealed record Journey
{
    public Guid Id { get; init; }
    public Phase Phase { get; init; } = Phase.FacilityRnD;
    public IReadOnlyList<JourneyStep> Steps { get; init; } = [];
}

public sealed record JourneyStep(long Version, string Step, string Summary, string By, DateTimeOffset At, string Source);
