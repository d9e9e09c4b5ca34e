using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.StartUps.AchieveMilestone;

public sealed record AchieveMilestone([Required, StringLength(2000, MinimumLength = 3)] string Evidence, DateOnly? AchievedOn = null);

public sealed record MilestoneAchieved(
    string Name, IReadOnlyList<Guid> TechnologyIds, Guid MilestoneId, MilestoneKind Kind, string Title, DateOnly AchievedOn, string Evidence, string By, DateTimeOffset At) : IRecorded;

/// <summary>Comes with the achievement of a product-launched milestone: the product is the milestone's title.</summary>
public sealed record ProductLaunched(string Name, IReadOnlyList<Guid> TechnologyIds, Guid MilestoneId, string Product, DateOnly LaunchedOn, string By, DateTimeOffset At) : IRecorded;

public static class AchieveMilestoneDecision
{
    /// <summary>Achieving a product-launched milestone also records the launch: the signal that its technologies became an SME product.</summary>
    public static IReadOnlyList<object> Decide(StartUp startUp, Guid milestoneId, AchieveMilestone command, string by, DateTimeOffset now)
    {
        StartUpRules.MustBeActive(startUp, "achieve a milestone of");
        var milestone = StartUpRules.OpenMilestone(startUp, milestoneId);
        var evidence = (command.Evidence ?? "").Trim();
        if (evidence.Length < 3) throw new DomainRuleViolationException("achievement-has-evidence", "Say what shows the milestone was achieved.");
        var on = command.AchievedOn ?? StartUpRules.Today(now);
        StartUpRules.NotInTheFuture(on, now, "achievement-date-is-not-in-the-future", "achievement");
        StartUpRules.NotBeforeFounding(startUp, on, "achievement-is-not-before-founding", "achievement");
        var achieved = new MilestoneAchieved(startUp.Name, startUp.TechnologyIds, milestoneId, milestone.Kind, milestone.Title, on, evidence, by, now);
        return milestone.Kind == MilestoneKind.ProductLaunched
            ? [achieved, new ProductLaunched(startUp.Name, startUp.TechnologyIds, milestoneId, milestone.Title, on, by, now)]
            : [achieved];
    }
}
