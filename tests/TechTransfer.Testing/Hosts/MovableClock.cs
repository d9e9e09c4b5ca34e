namespace TechTransfer.Testing.Hosts;

/// <summary>The system clock moved by a test: the service, its deadline check and token lifetimes all read it.</summary>
public sealed class MovableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
