namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>Every start-up event says who recorded it and when: the history timeline reads these.</summary>
public interface IRecorded
{
    string By { get; }
    DateTimeOffset At { get; }
}
