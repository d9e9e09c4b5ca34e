using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Licensing.Api.Licences.Amend;

public sealed record LicenceAmended(LicenceTerms Terms, string By, DateTimeOffset At);

public static class AmendLicenceDecision
{
    public static IReadOnlyList<object> Decide(Licence licence, LicenceTermsRequest command, string by, DateTimeOffset now)
    {
        LicenceRules.MustBe(licence, LicenceStatus.Draft, "amend");
        var terms = LicenceTerms.From(command);
        if (terms.TechnologyId != licence.TechnologyId || terms.LicenseeId != licence.LicenseeId)
            throw new DomainRuleViolationException("licence-parties-do-not-change", "An amendment keeps the technology and the licensee; draft a new licence for others.");
        return [new LicenceAmended(terms, by, now)];
    }
}
