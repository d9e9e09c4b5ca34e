namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>A technology a start-up is founded on, with the facility it comes from (copied at founding: figures count per facility).</summary>
public sealed record FoundingTechnology(Guid Id, string Title, string Facility);
