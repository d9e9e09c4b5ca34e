using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.Licensees;

namespace TechTransfer.Licensing.Api.Licences.Sign;

public sealed record SignLicence(DateOnly? SignedOn = null);

/// <summary>Signed: the technology was marketed and its ownership agreed; its facility and public title are copied in for the figures and views.</summary>
public sealed record LicenceSigned(Guid TechnologyId, Guid LicenseeId, string LicenseeName, SizeClass LicenseeSize, LicenceTerms Terms, string Facility,
    string TechnologyTitle, DateOnly SignedOn, string By, DateTimeOffset At);

public static class SignLicenceDecision
{
    /// <summary>
    /// Signs a draft. <paramref name="technology"/>: what Licensing knows of it (null: never heard of, even from
    /// Disclosures); <paramref name="exclusive"/>: the signed exclusive licences on the technology.
    /// </summary>
    public static IReadOnlyList<object> Decide(Licence licence, SignLicence command, KnownTechnology? technology, IReadOnlyList<ExclusiveGrant> exclusive,
        string by, DateTimeOffset now, Guid upfrontStatementId)
    {
        LicenceRules.MustBe(licence, LicenceStatus.Draft, "sign");
        if (technology is null)
            throw new DomainRuleViolationException("technology-is-known", $"Disclosures knows no technology {licence.TechnologyId}.");
        if (technology.Abandoned)
            throw new DomainRuleViolationException("technology-is-not-abandoned", "The technology was abandoned by the transfer office.");
        if (!technology.Marketed)
            throw new DomainRuleViolationException("technology-is-marketed", "The technology has not been published for marketing: it cannot be licensed yet.");
        if (!technology.OwnershipAgreed)
            throw new DomainRuleViolationException("ip-ownership-is-agreed", "The technology's IP ownership shares are not agreed: no licence may be signed before.");
        var today = LicenceRules.Today(now);
        var signedOn = command.SignedOn ?? today;
        if (signedOn > today)
            throw new DomainRuleViolationException("signing-date-is-not-in-the-future", $"The signing date ({signedOn:yyyy-MM-dd}) is in the future.");
        if (signedOn > licence.Terms.EndsOn)
            throw new DomainRuleViolationException("licence-has-not-ended", $"The licence's term ended on {licence.Terms.EndsOn:yyyy-MM-dd}, before it would be signed.");
        if (licence.Terms.Kind == LicenceKind.Exclusive
            && exclusive.FirstOrDefault(g => g.LicenceId != licence.Id && g.Overlaps(ExclusiveGrant.Of(licence.Id, licence.Terms))) is { } clash)
            throw new DomainRuleViolationException("exclusive-licences-do-not-overlap",
                $"Exclusive licence {clash.LicenceId} on this technology already covers an overlapping field of use, territory and term.", RuleKind.CurrentState);

        List<object> events =
        [
            new LicenceSigned(licence.TechnologyId, licence.LicenseeId, licence.LicenseeName, licence.LicenseeSize, licence.Terms, technology.Facility,
                technology.PublicName, signedOn, by, now),
        ];
        if (licence.Terms.UpfrontFee.Amount > 0m)
            events.Add(new StatementIssued(upfrontStatementId, StatementKind.UpfrontFee, "Upfront fee", licence.Terms.UpfrontFee, signedOn,
                signedOn.AddDays(LicenceRules.PaymentDueDays), null, by, now));
        return events;
    }
}
