using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.KnownTechnologies;

namespace TechTransfer.Licensing.Api.Interests.Register;

/// <summary>A partner system registers interest in a technology of the public catalogue (request body). Its organisation comes from its key.</summary>
public sealed record RegisterInterest(
    [Required] Guid? TechnologyId,
    [Required, StringLength(200, MinimumLength = 2)] string CompanyName,
    [Required, StringLength(200, MinimumLength = 2)] string ContactName,
    [Required, EmailAddress, StringLength(320)] string ContactEmail,
    [StringLength(4000)] string? Message = null);

public sealed record InterestRegistered(Guid InterestId, Guid TechnologyId, string TechnologyTitle, Guid? OrganisationId, string CompanyName, string ContactName,
    string ContactEmail, string? Message, string By, DateTimeOffset At);

public static class RegisterInterestDecision
{
    public static IReadOnlyList<object> Decide(Guid id, RegisterInterest command, KnownTechnology? technology, Guid? organisation, string by, DateTimeOffset now)
    {
        // Only what the public catalogue shows: a marketed technology that was not abandoned.
        if (technology is not { Marketed: true, Abandoned: false })
            throw new DomainRuleViolationException("technology-is-in-the-catalogue", $"Technology {command.TechnologyId} is not in the public catalogue.");
        return [new InterestRegistered(id, technology.Id, technology.PublicName, organisation, command.CompanyName.Trim(), command.ContactName.Trim(),
            command.ContactEmail.Trim(), command.Message?.Trim(), by, now)];
    }
}
