using System.Collections.Concurrent;

namespace TechTransfer.FaultSuite;

/// <summary>What the workload was told of each write: acknowledged (2xx), or unknown (no answer, a timeout, a 5xx).</summary>
public enum Told { Acknowledged, Unknown }

/// <summary>
/// Every write the workload made, per story: the effect it asked for and what it was told. A story stops at its first
/// unknown outcome, so each effect was asked for once: acknowledged means exactly one effect, unknown at most one, and
/// an effect nobody asked for must not exist.
/// </summary>
public sealed class Ledger
{
    private readonly ConcurrentQueue<Story> _stories = new();

    public IReadOnlyCollection<Story> Stories => _stories;

    public int Acknowledged => _stories.Sum(s => s.Effects.Count(e => e.Value == Told.Acknowledged));

    public int Unknown => _stories.Sum(s => s.Effects.Count(e => e.Value == Told.Unknown));

    public Story Begin(StoryKind kind, string title)
    {
        var story = new Story(kind, title);
        _stories.Enqueue(story);
        return story;
    }
}

public enum StoryKind { Licence, SpinOff }

/// <summary>One technology's way through the services; its title is unique in the run, so its effects can be found again.</summary>
public sealed class Story(StoryKind kind, string title)
{
    private readonly ConcurrentDictionary<string, Told> _effects = new();

    public StoryKind Kind { get; } = kind;
    public string Title { get; } = title;
    public IReadOnlyDictionary<string, Told> Effects => _effects;

    /// <summary>Set when a write was refused for good (not a "not heard yet" that passed): a workload that cannot finish is a finding.</summary>
    public string? Stuck { get; set; }

    public void Record(string effect, Told told) => _effects[effect] = told;

    /// <summary>What the ledger allows for this effect: (at least, at most) times present.</summary>
    public (int AtLeast, int AtMost) Allowed(string effect) => _effects.TryGetValue(effect, out var told)
        ? told == Told.Acknowledged ? (1, 1) : (0, 1)
        : (0, 0);
}
