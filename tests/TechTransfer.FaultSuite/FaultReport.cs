using System.Text;

namespace TechTransfer.FaultSuite;

/// <summary>
/// What a run found. It passes when, for every acknowledged write, nothing was lost, doubled or unexpected, no message
/// is parked, no story was refused for good, no 500 was answered, and every service was healthy again after every fault.
/// </summary>
public sealed record FaultReport(FaultOptions Options, int Stories, int Acknowledged, int Unknown, Findings Findings, int ServerErrors,
    IReadOnlyList<Struck> Struck, IReadOnlyList<string> NotHealthyAtEnd, TimeSpan Settled)
{
    public bool Passed => Findings.Clean && ServerErrors == 0 && NotHealthyAtEnd.Count == 0 && Struck.All(s => s.HealthyAgainAfter.Values.All(t => t is not null));

    public const string Header = "seed        scenario     min  faults  stories  acked  unknown  lost  dup  unexp  parked  stuck  500s  healthy again, max (broker / database / services)  settled  result";

    /// <summary>One line of the table the notes keep: the counts and, per kind of target, the longest wait to be healthy again.</summary>
    public string Row()
    {
        string Longest(Func<Fault, bool> kind)
        {
            var waits = Struck.Where(s => s.Faults.Any(kind)).SelectMany(s => s.HealthyAgainAfter.Values).ToList();
            return waits.Count == 0 ? "-" : waits.Any(t => t is null) ? "NEVER" : $"{waits.Max()!.Value.TotalSeconds:0.0} s";
        }
        var f = Findings;
        return $"{Options.Seed,-11} {Options.Scenario.ToString().ToLowerInvariant(),-12} {Options.Duration.TotalMinutes,3:0.#} {Struck.Count,7} {Stories,8} {Acknowledged,6} {Unknown,8} " +
            $"{f.Lost.Count,5} {f.Duplicated.Count,4} {f.Unexpected.Count,6} {f.Parked,7} {f.Stuck.Count,6} {ServerErrors,5}  " +
            $"{Longest(x => x.Target.Name == "broker"),8} / {Longest(x => x.Target.Name == "database"),8} / {Longest(x => !x.Target.IsServer),8}{"",17} {Settled.TotalSeconds,5:0} s  {(Passed ? "PASS" : "FAIL")}";
    }

    public string Details()
    {
        var text = new StringBuilder();
        text.AppendLine("Faults struck:");
        foreach (var struck in Struck) text.AppendLine($"  {struck}");
        void List(string title, IReadOnlyList<string> items)
        {
            if (items.Count == 0) return;
            text.AppendLine($"{title} ({items.Count}):");
            foreach (var item in items.Take(25)) text.AppendLine($"  {item}");
            if (items.Count > 25) text.AppendLine($"  … and {items.Count - 25} more");
        }
        List("Lost", Findings.Lost);
        List("Duplicated", Findings.Duplicated);
        List("Unexpected", Findings.Unexpected);
        List("Stuck stories", Findings.Stuck);
        List("Not healthy at the end (a stuck outbox, a bus not connected)", NotHealthyAtEnd);
        if (Findings.Parked > 0) text.AppendLine($"Parked messages: {Findings.Parked} (GET /admin/dead-letters on each service)");
        if (ServerErrors > 0) text.AppendLine($"500 answers: {ServerErrors} (\"Unhandled error on\" in the services' logs)");
        text.AppendLine(Header);
        text.AppendLine(Row());
        return text.ToString();
    }
}
