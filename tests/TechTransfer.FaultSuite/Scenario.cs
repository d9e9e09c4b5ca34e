namespace TechTransfer.FaultSuite;

/// <summary>
/// Which faults a run injects. Broker, Database, Services: only those targets, one fault at a time. Mixed: any target, one
/// at a time. Overlapping: two targets at once, the second struck while the first is down. Short (the form CI runs): one
/// crash of the broker, of the database and of a service, and one freeze of a service, in an order the seed picks.
/// </summary>
public enum Scenario { Broker, Database, Services, Mixed, Overlapping, Short }

/// <summary>One fault: crash (SIGKILL, then start again) or freeze (SIGSTOP, then SIGCONT) a target for a while.</summary>
public sealed record Fault(ITarget Target, bool Crash, TimeSpan Hold)
{
    public override string ToString() => $"{(Crash ? "kill" : "pause")} {Target.Name} for {Hold.TotalSeconds:0.0} s";
}
