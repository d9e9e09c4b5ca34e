namespace TechTransfer.Disclosures.Api.Technologies.Journey;

/// <summary>
/// Another service reported something that belongs on the technology's journey but changes nothing the
/// office decides (a financing round closed for a start-up built on it, more sales evidence).
/// </summary>
public sealed record JourneyStepReported(string Step, string Detail, string Source, string Reference, string By, DateTimeOffset At);
