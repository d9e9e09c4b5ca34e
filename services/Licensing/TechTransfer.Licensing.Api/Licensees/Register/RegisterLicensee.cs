using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.Licences;

namespace TechTransfer.Licensing.Api.Licensees.Register;

/// <summary>
/// Register a licensee company (request body). <see cref="OrganisationId"/> is the organisation its partner system's
/// API key is bound to (issued in Disclosures): that system then sees this licensee's licences and statements only.
/// </summary>
public sealed record RegisterLicensee(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required, StringLength(2, MinimumLength = 2)] string Country,
    [Required] SizeClass? SizeClass,
    [Required, MinLength(1), MaxLength(20)] IReadOnlyList<Contact> Contacts,
    Guid? OrganisationId = null);

public sealed record LicenseeRegistered(Guid LicenseeId, string Name, string Country, SizeClass SizeClass, IReadOnlyList<Contact> Contacts,
    Guid? OrganisationId, string By, DateTimeOffset At);

public static class RegisterLicenseeDecision
{
    public static IReadOnlyList<object> Decide(Guid id, RegisterLicensee command, Licensee? sameOrganisation, string by, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("licensee-is-named", "A licensee needs a name of at least 2 characters besides spaces.");
        var country = Countries.Code(command.Country, "country");
        var size = command.SizeClass ?? throw new DomainRuleViolationException("size-class-is-given", "Say the licensee's size class.");
        if (sameOrganisation is not null)
            throw new DomainRuleViolationException("organisation-is-one-licensee",
                $"Organisation {command.OrganisationId} is already licensee {sameOrganisation.Id} ({sameOrganisation.Name}).", RuleKind.CurrentState);
        return [new LicenseeRegistered(id, name, country, size, LicenseeRules.Contacts(command.Contacts), command.OrganisationId, by, now)];
    }
}
