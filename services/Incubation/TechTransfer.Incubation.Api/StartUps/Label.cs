namespace TechTransfer.Incubation.Api.StartUps;

public sealed record Label(Guid Id, string Name, DateOnly AwardedOn, DateOnly ExpiresOn, string? Awarder)
{
    public bool HeldOn(DateOnly day) => AwardedOn <= day && day <= ExpiresOn;
}
