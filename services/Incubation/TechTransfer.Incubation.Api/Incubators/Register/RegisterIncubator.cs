using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.Incubators.Register;

/// <summary>Register an incubator (request body). <see cref="OrganisationId"/> is the organisation its managers' tokens carry (<c>org</c>).</summary>
public sealed record RegisterIncubator(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required, StringLength(200, MinimumLength = 2)] string Region,
    [Required] IncubatorKind? Kind,
    [Required] Guid? OrganisationId);

public sealed record IncubatorRegistered(Guid IncubatorId, string Name, string Region, IncubatorKind Kind, Guid OrganisationId, string By, DateTimeOffset At);

public static class RegisterIncubatorDecision
{
    public static IReadOnlyList<object> Decide(Guid id, RegisterIncubator command, string by, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("incubator-is-named", "An incubator needs a name of at least 2 characters besides spaces.");
        var region = command.Region.Trim();
        if (region.Length < 2) throw new DomainRuleViolationException("incubator-has-a-region", "Say in which region the incubator is.");
        var kind = command.Kind ?? throw new DomainRuleViolationException("incubator-kind-is-given", "Say which kind of incubator this is.");
        var organisation = command.OrganisationId is { } o && o != Guid.Empty
            ? o
            : throw new DomainRuleViolationException("incubator-has-an-organisation", "Give the organisation id its managers' tokens carry.");
        return [new IncubatorRegistered(id, name, region, kind, organisation, by, now)];
    }
}
