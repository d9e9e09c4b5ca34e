namespace TechTransfer.Incubation.Api.StartUps.GetStartUpHistory;

/// <summary>One step of a start-up's history: the event's name, who recorded it and when, and what it says.</summary>
public sealed record TimelineEntry(long Version, string Event, string By, DateTimeOffset At, object Data)
{
    /// <summary>An event type's name in kebab case: <c>StartUpFounded</c> reads <c>start-up-founded</c>.</summary>
    public static string EventName(Type type) =>
        string.Concat(type.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}
