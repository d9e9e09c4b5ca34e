using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.Licensees;

namespace TechTransfer.Licensing.Api.Licences.Draft;

/// <summary>A licence was drafted for a registered licensee; the licensee's name, organisation and size are copied in.</summary>
public sealed record LicenceDrafted(Guid LicenceId, LicenceTerms Terms, string LicenseeName, Guid? LicenseeOrganisationId, SizeClass LicenseeSize, string By, DateTimeOffset At);

public static class DraftLicenceDecision
{
    public static IReadOnlyList<object> Decide(Guid id, LicenceTermsRequest command, Licensee? licensee, string by, DateTimeOffset now)
    {
        var terms = LicenceTerms.From(command);
        if (licensee is null) throw new DomainRuleViolationException("licensee-is-registered", $"No licensee {command.LicenseeId} is registered.");
        return [new LicenceDrafted(id, terms, licensee.Name, licensee.OrganisationId, licensee.SizeClass, by, now)];
    }
}
