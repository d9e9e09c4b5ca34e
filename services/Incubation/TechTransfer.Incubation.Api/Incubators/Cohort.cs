namespace TechTransfer.Incubation.Api.Incubators;

public sealed record Cohort(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn)
{
    public bool Covers(DateOnly day) => StartsOn <= day && day <= EndsOn;
}
