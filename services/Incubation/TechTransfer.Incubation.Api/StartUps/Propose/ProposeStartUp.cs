using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Incubation.Api.Incubators;

namespace TechTransfer.Incubation.Api.StartUps.Propose;

/// <summary>
/// Propose a start-up (request body). An incubator's manager proposes for their own incubator; staff may name
/// the incubator that proposes it (or none: the transfer office's own spin-off).
/// </summary>
public sealed record ProposeStartUp(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required, MinLength(1), MaxLength(20)] IReadOnlyList<string> Founders,
    [Required, MinLength(1), MaxLength(20)] IReadOnlyList<Guid> TechnologyIds,
    [Required, Range(typeof(decimal), "0", "100")] decimal? FacilityEquityShare,
    Guid? IncubatorId = null);

/// <summary>A start-up was proposed: its name, founders, technologies and the facility's equity share (percent); by an incubator or the transfer office.</summary>
public sealed record StartUpProposed(
    Guid StartUpId, string Name, IReadOnlyList<string> Founders, IReadOnlyList<Guid> TechnologyIds, decimal FacilityEquityShare,
    Guid? ProposedByIncubatorId, Guid? ProposerOrganisationId, string By, DateTimeOffset At) : IRecorded;

public static class ProposeStartUpDecision
{
    /// <summary>A start-up is proposed by an incubator (a manager's own, or the one staff named) or, with none, by the transfer office.</summary>
    public static IReadOnlyList<object> Decide(Guid id, ProposeStartUp command, Incubator? proposer, string by, DateTimeOffset now)
    {
        var name = (command.Name ?? "").Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("start-up-is-named", "A start-up needs a name of at least 2 characters besides spaces.");
        var founders = (command.Founders ?? []).Select(f => (f ?? "").Trim()).Where(f => f.Length > 0).Distinct().ToList();
        if (founders.Count == 0 || founders.Count != (command.Founders ?? []).Count)
            throw new DomainRuleViolationException("start-up-has-founders", "Name each founder once; a start-up has at least one founder.");
        var technologies = (command.TechnologyIds ?? []).Where(t => t != Guid.Empty).Distinct().ToList();
        if (technologies.Count == 0)
            throw new DomainRuleViolationException("start-up-is-founded-on-technologies", "A spin-off is founded on at least one of the facility's technologies.");
        var share = command.FacilityEquityShare ?? throw new DomainRuleViolationException("equity-share-is-a-percentage", "Give the facility's equity share in percent (0 when none).");
        if (share is < 0m or > 100m)
            throw new DomainRuleViolationException("equity-share-is-a-percentage", $"The facility's equity share ({share}) must be between 0 and 100 percent.");
        return [new StartUpProposed(id, name, founders, technologies, share, proposer?.Id, proposer?.OrganisationId, by, now)];
    }
}
