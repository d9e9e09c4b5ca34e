using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Disclosures.Api.Technologies.AgreeIpOwnership;

/// <summary>Settle who owns the IP (the facility, partner firms, universities) before any valorisation.</summary>
public sealed record AgreeIpOwnership(
    [Required, MinLength(1), MaxLength(20)] IReadOnlyList<OwnerInput> Owners,
    [Required, StringLength(200, MinimumLength = 2)] string AgreementReference);

public sealed record OwnerInput(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required] OwnerKind? Kind,
    [Range(0.01, 100)] decimal Share);

public sealed record IpOwnershipAgreed(IReadOnlyList<Owner> Owners, string AgreementReference, string By, DateTimeOffset At);

public static class AgreeIpOwnershipDecision
{
    public static IReadOnlyList<object> Decide(Technology technology, AgreeIpOwnership command, string by, DateTimeOffset now)
    {
        Rules.MustBeActive(technology);
        if (command.Owners.Count == 0)
            throw new DomainRuleViolationException("owners-are-listed", "Name at least one owner.");
        if (command.Owners.GroupBy(o => o.Name.Trim(), StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
            throw new DomainRuleViolationException("owners-are-distinct", "An owner is listed twice; give each owner one share.");
        Rules.SharesAddUpTo100("ownership-shares-add-up-to-100", "ownership", command.Owners.Select(o => o.Share));
        var owners = command.Owners.Select(o => new Owner(o.Name.Trim(), o.Kind ?? OwnerKind.Other, o.Share)).ToList();
        return [new IpOwnershipAgreed(owners, command.AgreementReference.Trim(), by, now)];
    }
}
