using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.StartUps.PlanMilestone;

/// <summary>Plan a milestone. A free one (<see cref="MilestoneKind.Other"/>) needs a title; a product launch's title names the product.</summary>
public sealed record PlanMilestone([Required] MilestoneKind? Kind, [Required] DateOnly? DueOn, [StringLength(200)] string? Title = null);

public sealed record MilestonePlanned(Guid MilestoneId, MilestoneKind Kind, string Title, DateOnly DueOn, string By, DateTimeOffset At) : IRecorded;

public static class PlanMilestoneDecision
{
    public static IReadOnlyList<object> Decide(StartUp startUp, PlanMilestone command, Guid milestoneId, string by, DateTimeOffset now)
    {
        StartUpRules.MustBeActive(startUp, "plan a milestone of");
        var kind = command.Kind ?? throw new DomainRuleViolationException("milestone-kind-is-given", "Say which kind of milestone this is (or Other, with a title).");
        var due = command.DueOn ?? throw new DomainRuleViolationException("due-date-is-given", "Give the milestone's due date.");
        var title = StartUpRules.Trimmed(command.Title);
        if (kind == MilestoneKind.Other && title is null)
            throw new DomainRuleViolationException("free-milestone-is-titled", "A milestone of kind Other needs a title saying what it is.");
        if (kind == MilestoneKind.ProductLaunched && title is null)
            throw new DomainRuleViolationException("product-launch-names-the-product", "A product-launched milestone's title names the product (it is what the launch announces).");
        return [new MilestonePlanned(milestoneId, kind, title ?? kind.DefaultTitle(), due, by, now)];
    }
}
