namespace TechTransfer.Disclosures.Api.Technologies.Journey;

/// <summary>
/// Another service reported something that belongs on the technology's journey but changes nothing the
/// office decides (a financing round closed for a start-up built on it, more sales evidence). <see cref="At"/> is when
/// the source recorded it, <see cref="On"/> the business date it reports (null in steps stored before it was kept: then
/// the day of <see cref="At"/>).
/// </summary>
public sealed record JourneyStepReported(string Step, string Detail, string Source, string Reference, string By, DateTimeOffset At, DateOnly? On = null)
{
    public DateOnly HappenedOn => On ?? DateOnly.FromDateTime(At.UtcDateTime);
}
