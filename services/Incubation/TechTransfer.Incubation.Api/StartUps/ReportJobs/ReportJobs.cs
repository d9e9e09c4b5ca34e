using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.StartUps.ReportJobs;

public sealed record ReportJobs(
    [Required, Range(0, 1_000_000)] int? HeadCount,
    [Required, Range(0, 1_000_000)] int? ResearchersAndEngineers,
    DateOnly? AsOf = null);

/// <summary>Head count as of a date, and of it researchers and engineers. The report with the latest date is the current figure.</summary>
public sealed record JobsReported(string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly AsOf, int HeadCount, int ResearchersAndEngineers, string By, DateTimeOffset At) : IRecorded;

public static class ReportJobsDecision
{
    /// <summary>Jobs are reported for a founded start-up that has not failed (graduated and acquired ones still employ people).</summary>
    public static IReadOnlyList<object> Decide(StartUp startUp, ReportJobs command, string by, DateTimeOffset now)
    {
        StartUpRules.MustOperate(startUp, "report jobs of");
        var head = command.HeadCount ?? throw new DomainRuleViolationException("head-count-is-not-negative", "Give the head count.");
        var researchers = command.ResearchersAndEngineers ?? throw new DomainRuleViolationException("head-count-is-not-negative", "Give how many are researchers and engineers.");
        if (head < 0 || researchers < 0) throw new DomainRuleViolationException("head-count-is-not-negative", "Head counts are zero or more.");
        if (researchers > head)
            throw new DomainRuleViolationException("researchers-and-engineers-within-head-count", $"{researchers} researchers and engineers is more than the head count of {head}.");
        var asOf = command.AsOf ?? StartUpRules.Today(now);
        StartUpRules.NotInTheFuture(asOf, now, "jobs-date-is-not-in-the-future", "head count");
        StartUpRules.NotBeforeFounding(startUp, asOf, "jobs-date-is-not-before-founding", "head count");
        return [new JobsReported(startUp.Name, startUp.TechnologyIds, asOf, head, researchers, by, now)];
    }
}
