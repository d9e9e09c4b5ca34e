namespace TechTransfer.Client.Disclosures;

/// <summary>Every step of a technology's journey, across the four services, in the order they happened.</summary>
public sealed record Journey(Guid Id, string Phase, IReadOnlyList<JourneyStep> Steps);

/// <summary>One step: <see cref="Step"/> is a kebab-case name (<c>disclosed</c>, <c>phase-advanced</c>…); <see cref="Source"/> the reporting service.</summary>
public sealed record JourneyStep(long Version, string Step, string Summary, string By, DateTimeOffset At, string Source);
