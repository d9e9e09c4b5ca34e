using System.ComponentModel.DataAnnotations;

namespace TechTransfer.Disclosures.Api.Technologies.Abandon;

public sealed record AbandonTechnology([Required, StringLength(2000, MinimumLength = 3)] string Reason);

/// <summary>The office stopped pursuing the technology; it leaves the catalogue and the worklists.</summary>
public sealed record TechnologyAbandoned(string Reason, string By, DateTimeOffset At);

public static class AbandonTechnologyDecision
{
    public static IReadOnlyList<object> Decide(Technology technology, AbandonTechnology command, string by, DateTimeOffset now)
    {
        Rules.MustBeActive(technology);
        return [new TechnologyAbandoned(command.Reason.Trim(), by, now)];
    }
}
