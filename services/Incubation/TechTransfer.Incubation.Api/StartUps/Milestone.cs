namespace TechTransfer.Incubation.Api.StartUps;

public sealed record Milestone(
    Guid Id, MilestoneKind Kind, string Title, DateOnly DueOn, MilestoneStatus Status = MilestoneStatus.Planned,
    DateOnly? AchievedOn = null, string? Evidence = null, DateOnly? MissedOn = null, string? MissReason = null)
{
    /// <summary>Planned, due before <paramref name="today"/>, and neither achieved nor missed.</summary>
    public bool IsLate(DateOnly today) => Status == MilestoneStatus.Planned && DueOn < today;
}
